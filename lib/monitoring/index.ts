export * from './activity-log-options';
export * from './auth-activity';
export * from './auth-alarm-options';
export * from './auth-monitoring';
export * from './auth-monitoring-props';
