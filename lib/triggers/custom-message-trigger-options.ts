import { CustomMessageTemplate } from './custom-message-template';

/**
 * Settings for the bundled custom message trigger.
 */
export interface CustomMessageTriggerOptions {
  /**
   * Brand name used in every message.
   *
   * @default 'our service'
   */
  readonly brandName?: string;

  /**
   * Templates by message source: `SignUp`, `ResendCode`, `ForgotPassword`, `UpdateUserAttribute`,
   * `VerifyUserAttribute`, `Authentication` or `AdminCreateUser`.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
   * @default - the built-in branded templates
   */
  readonly templates?: { [source: string]: CustomMessageTemplate };
}
