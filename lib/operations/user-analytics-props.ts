import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { ScanJobOptions } from './scan-job-options';

/** Properties of UserAnalytics. */
export interface UserAnalyticsProps extends ScanJobOptions {
  /** The user pool to report on. */
  readonly userPool: cognito.IUserPool;
  /**
   * The last-sign-in table (EnterpriseUserPool's `lastSignInTable`): with it the report counts
   * users inactive for `inactiveDays`.
   * @default - no inactivity figures
   */
  readonly lastSignInTable?: dynamodb.ITable;
  /**
   * Users created within this many days count as recent sign-ups.
   * @default 30
   */
  readonly recentDays?: number;
  /**
   * Users without a sign-in for this many days count as inactive (needs `lastSignInTable`).
   * @default 90
   */
  readonly inactiveDays?: number;
  /**
   * The attribute naming each user's tenant, for per-tenant figures in the report
   * (SaasAuthSystem pools use `custom:tenant_id`).
   * @default - no per-tenant figures
   */
  readonly tenantAttribute?: string;
  /**
   * The CloudWatch namespace of the metrics.
   * @default 'CdkCognitoEnterprise/Users'
   */
  readonly metricNamespace?: string;
}
