import { ANY, BOOLEAN, NUMBER, STRING, libStruct, listOf, mapOf } from '../private/validation/shapes/shape';

/** The known keys of UserImportPipeline props. */
export const USER_IMPORT_PIPELINE_SHAPE = libStruct('UserImportPipelineProps', {
  userPool: ANY,
  bucket: ANY,
  serverAccessLogs: BOOLEAN,
  accessLogsBucket: ANY,
  accessLogRetention: ANY,
  inputPrefix: STRING,
  reportPrefix: STRING,
  maxConcurrency: NUMBER,
  maxRequestsPerSecond: NUMBER,
  maxRowsPerBatch: NUMBER,
  allowedAttributes: listOf(STRING),
  sendInvitations: BOOLEAN,
  toleratedFailurePercentage: NUMBER,
  inputRetention: ANY,
  reportRetention: ANY,
  backupBucket: ANY,
  backupPrefix: STRING,
  previousSubAttribute: STRING,
  logEncryptionKey: ANY,
  tags: mapOf(STRING),
});
