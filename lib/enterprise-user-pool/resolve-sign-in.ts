import * as cognito from 'aws-cdk-lib/aws-cognito';
import { ENTERPRISE_POOL_DEFAULTS as D } from './defaults';
import { EnterpriseUserPoolProps } from './enterprise-user-pool-props';

/** The pool's sign-in settings with `passwordless` folded into the L2's own spelling. */
export interface ResolvedSignIn {
  readonly signInPolicy?: cognito.SignInPolicy;
  readonly passkeyUserVerification?: cognito.PasskeyUserVerification;
  readonly passkeyRelyingPartyId?: string;
  readonly enableSmsRole?: boolean;
}

/**
 * One set of first factors however they were asked for: the library's `passwordless` option or
 * the L2's `signInPolicy` (an explicit `signInPolicy` wins; giving both fails CE-PASSWORDLESS).
 * With required MFA, passkeys must verify the user; with a custom domain, passkeys name it as
 * their relying party; SMS codes need the SMS role.
 */
export function resolveSignIn(props: EnterpriseUserPoolProps): ResolvedSignIn {
  const passwordless = props.passwordless;
  const signInPolicy = props.signInPolicy ?? (passwordless
    ? {
      allowedFirstAuthFactors: {
        password: true,
        passkey: passwordless.passkeys ?? false,
        emailOtp: passwordless.emailOtp ?? false,
        smsOtp: passwordless.smsOtp ?? false,
      },
    }
    : undefined);
  const factors = signInPolicy?.allowedFirstAuthFactors;
  const mfaRequired = (props.mfa ?? D.mfa) === cognito.Mfa.REQUIRED;
  return {
    signInPolicy,
    passkeyUserVerification: passwordless?.passkeyUserVerification ?? props.passkeyUserVerification
      ?? (factors?.passkey && mfaRequired ? cognito.PasskeyUserVerification.REQUIRED : undefined),
    passkeyRelyingPartyId: passwordless?.passkeyRelyingPartyId ?? props.passkeyRelyingPartyId
      ?? (factors?.passkey ? props.domain?.customDomainName : undefined),
    enableSmsRole: props.enableSmsRole ?? (factors?.smsOtp ? true : undefined),
  };
}
