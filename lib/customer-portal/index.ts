export * from './customer-portal';
export * from './customer-portal-props';
export * from './portal-web-acl-options';
export * from './social-provider';
export * from './social-provider-options';
export * from './social-provider-secret';
