import { App, CfnDeletionPolicy, Stack } from 'aws-cdk-lib';
import { CfnUserPool, CfnUserPoolClient, CfnUserPoolClientProps, CfnUserPoolProps } from 'aws-cdk-lib/aws-cognito';
import { IConstruct } from 'constructs';
import { CognitoEnterpriseChecks, CognitoEnterpriseChecksProps } from '../../lib/compliance';

export function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

/** `<rule id> <construct path>` for every finding of the pack, sorted. */
export function findingsOf(scope: IConstruct, props?: CognitoEnterpriseChecksProps): string[] {
  const report = new CognitoEnterpriseChecks(undefined, props).validateScope(scope);
  return report.violations
    .flatMap((violation) => violation.violatingResources.map((resource) => `${violation.ruleName} ${resource.constructPath}`))
    .sort();
}

/** Construct paths the given rule (e.g. `COG1`) reports. */
export function pathsReportedBy(ruleId: string, scope: IConstruct, props?: CognitoEnterpriseChecksProps): string[] {
  const prefix = `${CognitoEnterpriseChecks.PACK_NAME}-${ruleId} `;
  return findingsOf(scope, props).filter((finding) => finding.startsWith(prefix)).map((finding) => finding.slice(prefix.length));
}

/** An L1 user pool that passes every rule, with the given properties changed. */
export function compliantCfnUserPool(scope: Stack, id: string, overrides: Partial<CfnUserPoolProps> = {}): CfnUserPool {
  const pool = new CfnUserPool(scope, id, {
    deletionProtection: 'ACTIVE',
    usernameConfiguration: { caseSensitive: false },
    policies: { passwordPolicy: { minimumLength: 12, passwordHistorySize: 5 } },
    ...overrides,
  });
  pool.cfnOptions.deletionPolicy = CfnDeletionPolicy.RETAIN;
  pool.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.RETAIN;
  return pool;
}

/** An L1 public app client that passes every rule, with the given properties changed. */
export function compliantCfnUserPoolClient(scope: Stack, id: string, overrides: Partial<CfnUserPoolClientProps> = {}): CfnUserPoolClient {
  return new CfnUserPoolClient(scope, id, {
    userPoolId: 'eu-west-1_example',
    allowedOAuthFlowsUserPoolClient: true,
    allowedOAuthFlows: ['code'],
    allowedOAuthScopes: ['openid', 'email'],
    callbackUrLs: ['https://app.example.com/callback'],
    logoutUrLs: ['https://app.example.com/'],
    enableTokenRevocation: true,
    preventUserExistenceErrors: 'ENABLED',
    ...overrides,
  });
}
