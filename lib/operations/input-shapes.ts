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

// The options every job over the whole pool shares.
const SCAN_JOB_KEYS = {
  userPool: ANY,
  schedule: ANY,
  maxConcurrency: NUMBER,
  listRequestsPerSecond: NUMBER,
  bucket: ANY,
  reportPrefix: STRING,
  reportRetention: ANY,
  serverAccessLogs: BOOLEAN,
  accessLogsBucket: ANY,
  logEncryptionKey: ANY,
  tags: mapOf(STRING),
};

/** The known keys of UserAnalytics props. */
export const USER_ANALYTICS_SHAPE = libStruct('UserAnalyticsProps', {
  ...SCAN_JOB_KEYS,
  lastSignInTable: ANY,
  recentDays: NUMBER,
  inactiveDays: NUMBER,
  tenantAttribute: STRING,
  metricNamespace: STRING,
});

/** The known keys of InactiveUserPolicy props. */
export const INACTIVE_USER_POLICY_SHAPE = libStruct('InactiveUserPolicyProps', {
  ...SCAN_JOB_KEYS,
  lastSignInTable: ANY,
  inactiveDays: NUMBER,
  exemptGroups: listOf(STRING),
  enforce: BOOLEAN,
  disableRequestsPerSecond: NUMBER,
  notificationTopic: ANY,
});

/** The known keys of UserPoolBackup props. */
export const USER_POOL_BACKUP_SHAPE = libStruct('UserPoolBackupProps', {
  userPool: ANY,
  schedule: ANY,
  maxConcurrency: NUMBER,
  listRequestsPerSecond: NUMBER,
  bucket: ANY,
  backupPrefix: STRING,
  retention: ANY,
  serverAccessLogs: BOOLEAN,
  accessLogsBucket: ANY,
  logEncryptionKey: ANY,
  tags: mapOf(STRING),
});
