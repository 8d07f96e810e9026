export * from './saas-auth-system';
export * from './saas-auth-system-props';
