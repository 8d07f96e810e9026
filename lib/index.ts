export * from './enterprise-user-pool';
