export * from './enterprise-sso';
export * from './enterprise-sso-props';
export * from './oidc-provider-options';
export * from './saml-attribute-mapping-preset';
export * from './saml-provider-options';
export * from './sso-identity-pool-options';
