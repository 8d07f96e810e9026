export * from './alb-authenticate-action-options';
export * from './appsync-authorization-options';
export * from './http-api-authorizer-options';
export * from './machine-client-options';
export * from './resource-server-options';
export * from './rest-api-authorizer-options';
