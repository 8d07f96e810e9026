export * from './user-import-pipeline';
export * from './user-import-pipeline-props';
export * from './scan-job-options';
export * from './user-analytics';
export * from './user-analytics-props';
export * from './inactive-user-policy';
export * from './inactive-user-policy-props';
