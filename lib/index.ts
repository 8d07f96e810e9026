export * from './enterprise-user-pool';
export * from './triggers';
export * from './compliance';
export * from './upgrade-guard';
