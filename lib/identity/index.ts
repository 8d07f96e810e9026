export * from './data-access-options';
export * from './identity-policy-variables';
export * from './scoped-data-policies';
