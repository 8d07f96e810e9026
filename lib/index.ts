export * from './enterprise-user-pool';
export * from './compliance';
export * from './upgrade-guard';
