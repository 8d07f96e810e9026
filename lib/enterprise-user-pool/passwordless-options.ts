import * as cognito from 'aws-cdk-lib/aws-cognito';

/**
 * Native passwordless sign-in through choice-based authentication (`USER_AUTH`): passkeys
 * (WebAuthn) and one-time codes by email or SMS as first factors. Needs the ESSENTIALS or PLUS
 * feature plan. One-time codes need MFA OFF or OPTIONAL; with required MFA, passkeys count as both
 * factors and must verify the user. Passwords stay available.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html
 */
export interface PasswordlessOptions {
  /**
   * Allow passkeys (WebAuthn) as a first factor.
   * @default false
   */
  readonly passkeys?: boolean;

  /**
   * The passkey relying-party id: the domain users see, such as `auth.example.com`.
   * @default - the pool's hosted domain
   */
  readonly passkeyRelyingPartyId?: string;

  /**
   * Whether passkeys must verify the user (PIN, biometrics).
   * @default - REQUIRED when the pool requires MFA, otherwise PREFERRED
   */
  readonly passkeyUserVerification?: cognito.PasskeyUserVerification;

  /**
   * Allow one-time codes by email as a first factor. Works with Cognito's default email, whose
   * small daily quota every sign-in spends: send through Amazon SES for real traffic.
   * @default false
   */
  readonly emailOtp?: boolean;

  /**
   * Allow one-time codes by SMS as a first factor. Needs an SMS configuration.
   * @default false
   */
  readonly smsOtp?: boolean;
}
