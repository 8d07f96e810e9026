export * from './app-client-options';
export * from './enterprise-user-pool';
export * from './enterprise-user-pool-props';
export * from './hosted-domain-options';
export * from './passwordless-options';
export * from './pool-group-options';
export * from './pool-outputs-options';
