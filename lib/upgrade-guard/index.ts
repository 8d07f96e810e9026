export * from './cognito-upgrade-guard';
export * from './upgrade-finding';
