import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as sns from 'aws-cdk-lib/aws-sns';
import { ScanJobOptions } from './scan-job-options';

/** Properties of InactiveUserPolicy. */
export interface InactiveUserPolicyProps extends ScanJobOptions {
  /** The user pool whose inactive users are disabled. */
  readonly userPool: cognito.IUserPool;
  /**
   * The last-sign-in table (EnterpriseUserPool's `lastSignInTable`). A user without a record
   * counts as last active at the later of their creation and the start of tracking.
   */
  readonly lastSignInTable: dynamodb.ITable;
  /**
   * Days without a sign-in after which a user is disabled.
   * @see https://docs-prv.pcisecuritystandards.org/PCI%20DSS/Standard/PCI-DSS-v4_0.pdf (requirement 8.2.6)
   * @default 90
   */
  readonly inactiveDays?: number;
  /**
   * Groups whose members are never disabled (break-glass administrators, service accounts).
   * @default - none
   */
  readonly exemptGroups?: string[];
  /**
   * Disables users when true; otherwise every run only reports whom it would disable.
   * @default false
   */
  readonly enforce?: boolean;
  /**
   * AdminDisableUser calls per second of the whole job, under Cognito's UserUpdate quota
   * (25 per second per account and Region, not adjustable, shared with profile updates).
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html
   * @default 5
   */
  readonly disableRequestsPerSecond?: number;
  /**
   * The topic told of each run's counts (never a username).
   * @default - a topic encrypted with its own key
   */
  readonly notificationTopic?: sns.ITopic;
}
