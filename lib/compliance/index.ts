export * from './cognito-enterprise-checks';
