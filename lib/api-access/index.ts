export * from './machine-client-options';
export * from './resource-server-options';
