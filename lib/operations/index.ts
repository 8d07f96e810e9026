export * from './user-import-pipeline';
export * from './user-import-pipeline-props';
