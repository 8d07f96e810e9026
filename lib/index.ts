export * from './enterprise-user-pool';
export * from './triggers';
export * from './identity';
export * from './saas-auth-system';
export * from './enterprise-sso';
export * from './customer-portal';
export * from './compliance';
export * from './upgrade-guard';
