import * as cognito from 'aws-cdk-lib/aws-cognito';
import { ScanJobOptions } from '../scan-job-options';

/** The options of a job over the whole pool as the user wrote them, with the job's own day counts. */
export interface LifecycleSubject {
  readonly props: ScanJobOptions & {
    readonly userPool?: cognito.IUserPool;
    readonly recentDays?: number;
    readonly inactiveDays?: number;
    readonly disableRequestsPerSecond?: number;
    readonly exemptGroups?: string[];
  };
  /** `user analytics` or `inactive-user policy`. */
  readonly job: string;
}
