import { Duration, Stack, Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { importPipelineStack } from './support/import-pipeline-stack';
import { UserImportPipelineProps } from '../../lib/operations';
import { USER_IMPORT_RULES } from '../../lib/operations/rules';

/** A log bucket imported by name; the rules run before anything refers to it. */
const ACCESS_LOGS = s3.Bucket.fromBucketName(new Stack(), 'AccessLogs', 'access-logs');

/** A pool that declares `custom:previous_sub` with the given settings. */
const poolWith = (attribute: cognito.ICustomAttribute) => (stack: Stack): Partial<UserImportPipelineProps> => ({
  userPool: new cognito.UserPool(stack, 'Restored', { customAttributes: { previous_sub: attribute } }),
  previousSubAttribute: 'custom:previous_sub',
});

/** Each case breaks one rule; the error names the rule, the construct path, the prop and the value. */
const BROKEN: Array<[string, Partial<UserImportPipelineProps> | ((stack: Stack) => Partial<UserImportPipelineProps>), RegExp]> = [
  ['CE-IMPORT-MAX-CONCURRENCY', { maxConcurrency: 0 }, /maxConcurrency is 0 — maxConcurrency must be a whole number of parallel rows between 1 and 50/],
  ['CE-IMPORT-MAX-CONCURRENCY', { maxConcurrency: 51 }, /maxConcurrency is 51/],
  ['CE-IMPORT-MAX-CONCURRENCY', { maxConcurrency: 2.5 }, /maxConcurrency is 2.5/],
  ['CE-IMPORT-REQUEST-RATE', { maxRequestsPerSecond: 0 }, /maxRequestsPerSecond is 0 — maxRequestsPerSecond must be a whole number between 1 and 50/],
  ['CE-IMPORT-REQUEST-RATE', { maxRequestsPerSecond: 51 }, /maxRequestsPerSecond is 51/],
  ['CE-IMPORT-REQUEST-RATE', { maxRequestsPerSecond: 2.5 }, /maxRequestsPerSecond is 2.5/],
  ['CE-IMPORT-BATCH-SIZE', { maxRowsPerBatch: 0 }, /maxRowsPerBatch is 0 — maxRowsPerBatch must be a whole number between 1 and 100/],
  ['CE-IMPORT-BATCH-SIZE', { maxRowsPerBatch: 101 }, /maxRowsPerBatch is 101/],
  ['CE-IMPORT-WORKER-TIME', { maxRowsPerBatch: 26 }, /maxRowsPerBatch is 26 — needs 51 s at maxConcurrency 5 and maxRequestsPerSecond 10; the worker has 50 s/],
  ['CE-IMPORT-WORKER-TIME', { maxConcurrency: 50, maxRequestsPerSecond: 1 }, /maxRowsPerBatch is 1 — needs 63 s at maxConcurrency 50 and maxRequestsPerSecond 1/],
  ['CE-IMPORT-TOLERATED-FAILURE', { toleratedFailurePercentage: -1 }, /toleratedFailurePercentage is -1 — toleratedFailurePercentage must be between 0 and 100/],
  ['CE-IMPORT-TOLERATED-FAILURE', { toleratedFailurePercentage: 100.5 }, /toleratedFailurePercentage is 100.5/],
  ['CE-IMPORT-PREFIXES', { inputPrefix: 'imports' }, /inputPrefix is "imports" — inputPrefix, reportPrefix and backupPrefix must be folders/],
  ['CE-IMPORT-PREFIXES', { backupPrefix: 'backups' }, /backupPrefix is "backups"/],
  ['CE-IMPORT-PREFIXES', { backupPrefix: 'reports/backups/' }, /backupPrefix is "reports\/backups\/" — must not overlap reportPrefix "reports\/"/],
  ['CE-IMPORT-PREFIXES', { inputPrefix: '/imports/' }, /inputPrefix is "\/imports\/"/],
  ['CE-IMPORT-PREFIXES', { reportPrefix: 'reports/*/' }, /reportPrefix is "reports\/\*\/"/],
  ['CE-IMPORT-PREFIXES', { inputPrefix: '' }, /inputPrefix is ""/],
  ['CE-IMPORT-PREFIXES', { inputPrefix: 'data/', reportPrefix: 'data/reports/' }, /reportPrefix is "data\/reports\/" — must not overlap inputPrefix "data\/"/],
  ['CE-IMPORT-PREFIXES', { reportPrefix: 'imports/' }, /reportPrefix is "imports\/" — must not overlap inputPrefix "imports\/"/],
  ['CE-IMPORT-ATTRIBUTES', { allowedAttributes: ['email', 'role'] }, /allowedAttributes\[1\] is "role" — is neither a standard attribute an administrator can write nor custom:<name>/],
  ['CE-IMPORT-ATTRIBUTES', { allowedAttributes: ['sub'] }, /allowedAttributes\[0\] is "sub"/],
  ['CE-IMPORT-ATTRIBUTES', { allowedAttributes: ['custom:a_name_over_twenty_chars'] }, /allowedAttributes\[0\] is "custom:a_name_over_twenty_chars"/],
  ['CE-IMPORT-RETENTION', { inputRetention: Duration.hours(36) }, /inputRetention is .* — inputRetention, reportRetention and accessLogRetention must be whole days between 1 and 3650/],
  ['CE-IMPORT-RETENTION', { reportRetention: Duration.days(0) }, /reportRetention is /],
  ['CE-IMPORT-RETENTION', { accessLogRetention: Duration.days(3651) }, /accessLogRetention is /],
  ['CE-RESTORE-PREVIOUS-SUB', { previousSubAttribute: 'previous_sub' }, /previousSubAttribute is "previous_sub" — must be custom:<name>/],
  ['CE-RESTORE-PREVIOUS-SUB', { previousSubAttribute: 'custom:previous_sub' }, /previousSubAttribute is "custom:previous_sub" — is not a custom attribute of the pool/],
  ['CE-RESTORE-PREVIOUS-SUB', poolWith(new cognito.StringAttribute({ maxLen: 20 })), /previousSubAttribute is "custom:previous_sub" — is declared as String of at most 20 characters; a sub needs a String of 36/],
  ['CE-RESTORE-PREVIOUS-SUB', poolWith(new cognito.NumberAttribute()), /previousSubAttribute is "custom:previous_sub" — is declared as Number;/],
  ['CE-IMPORT-ACCESS-LOGS', { serverAccessLogs: false, accessLogsBucket: ACCESS_LOGS }, /serverAccessLogs is false — accessLogsBucket cannot be given with serverAccessLogs: false/],
];

describe('UserImportPipeline synth-time rules', () => {
  test.each(BROKEN)('%s: %j', (id, props, message) => {
    expect(() => importPipelineStack(props)).toThrow(new RegExp(`\\[${id}\\] Stack/Import: ${message.source}`));
  });

  test('every rule has a failing case', () => {
    expect(new Set(BROKEN.map(([id]) => id))).toEqual(new Set(USER_IMPORT_RULES.map((rule) => rule.id)));
  });

  test('a snake_case or misspelt key fails with the rules instead of being dropped', () => {
    const props = { max_concurrency: 3, toleratedFailurePercentage: 200 } as Partial<UserImportPipelineProps>;
    expect(() => importPipelineStack(props)).toThrow(/2 Cognito rules broken:\n.*\[CE-INPUT-SHAPE\] Stack\/Import: max_concurrency is 3 — is not a setting of UserImportPipelineProps: did you mean maxConcurrency\?/);
  });

  test('lists every broken rule at once', () => {
    expect(() => importPipelineStack({ maxConcurrency: 0, toleratedFailurePercentage: 200 })).toThrow(/2 Cognito rules broken/);
  });

  test('accepts the bounds and skips values only known at deploy time', () => {
    expect(() => importPipelineStack({
      maxConcurrency: 50,
      maxRequestsPerSecond: 50,
      maxRowsPerBatch: 19,
      toleratedFailurePercentage: 0,
      inputRetention: Duration.days(1),
      reportRetention: Duration.days(3650),
      inputPrefix: 'a/',
      reportPrefix: 'b/',
      allowedAttributes: ['email', 'custom:customer_id', Token.asString({ Ref: 'Attribute' })],
    })).not.toThrow();
    expect(() => importPipelineStack({ maxConcurrency: 1, maxRequestsPerSecond: 1 })).not.toThrow();
    // The largest batch the default pacing lets a worker finish in time.
    expect(() => importPipelineStack({ maxRowsPerBatch: 25 })).not.toThrow();
    expect(() => importPipelineStack({ maxRowsPerBatch: Token.asNumber({ Ref: 'Rows' }) })).not.toThrow();
    // The attribute of a sub: a String of 36 characters or more; an imported pool's schema is unknown.
    expect(() => importPipelineStack(poolWith(new cognito.StringAttribute({ minLen: 36, maxLen: 36 })))).not.toThrow();
    expect(() => importPipelineStack(poolWith(new cognito.StringAttribute()))).not.toThrow();
    expect(() => importPipelineStack((stack) => ({
      userPool: cognito.UserPool.fromUserPoolId(stack, 'Imported', 'eu-west-1_Old00001'),
      previousSubAttribute: 'custom:previous_sub',
    }))).not.toThrow();
    expect(() => importPipelineStack({ backupPrefix: 'user-pool-backups/' })).not.toThrow();
  });
});
