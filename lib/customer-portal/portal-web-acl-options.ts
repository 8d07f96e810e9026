import { Duration } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';

/**
 * AWS WAF protection of the pool's sign-in and sign-up endpoints. Either associate a web ACL you
 * manage, or let the portal create one with a per-IP rate limit and logging.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html
 */
export interface PortalWebAclOptions {
  /**
   * The ARN of an existing REGIONAL web ACL to associate instead of creating one.
   * @default - a web ACL is created
   */
  readonly webAclArn?: string;

  /**
   * How many requests one IP address may make within `evaluationWindow` before it is blocked.
   * WAF accepts 10 to 2,000,000,000.
   * @default 300
   */
  readonly rateLimit?: number;

  /**
   * The window over which requests are counted: 1, 2, 5 or 10 minutes.
   * @default Duration.minutes(5)
   */
  readonly evaluationWindow?: Duration;

  /**
   * How long WAF logs of the created web ACL are kept.
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly logRetention?: logs.RetentionDays;
}
