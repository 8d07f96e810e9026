import { readBoolean, readList } from './shared/config';
import { domainMatches, emailDomain } from './shared/email';
import { MalformedEventError, TriggerError } from './shared/errors';
import { readCommonEvent } from './shared/event';
import { buildAtColdStart } from './shared/handler';
import { logOutcome } from './shared/log';
import { PRE_SIGN_UP_ENV } from '../lib/private/trigger-environment';

/** Settings read from the environment. */
export interface PreSignUpConfig {
  readonly allowedDomains: string[];
  readonly blockedDomains: string[];
  readonly trustedDomains: string[];
  readonly requiredAttributes: string[];
  readonly blockExternalProviders: boolean;
}

const SOURCES = new Set(['PreSignUp_SignUp', 'PreSignUp_AdminCreateUser', 'PreSignUp_ExternalProvider']);

/** Parses and validates the environment. */
export function parsePreSignUpConfig(env: Record<string, string | undefined>): PreSignUpConfig {
  const lower = (list: string[]) => list.map((entry) => entry.toLowerCase());
  return {
    allowedDomains: lower(readList(env, PRE_SIGN_UP_ENV.allowedDomains)),
    blockedDomains: lower(readList(env, PRE_SIGN_UP_ENV.blockedDomains)),
    trustedDomains: lower(readList(env, PRE_SIGN_UP_ENV.trustedDomains)),
    requiredAttributes: readList(env, PRE_SIGN_UP_ENV.requiredAttributes),
    blockExternalProviders: readBoolean(env, PRE_SIGN_UP_ENV.blockExternalProviders, false),
  };
}

/** Creates the pre sign-up handler: domain policy, required attributes, auto-confirm for trusted domains. */
export function createPreSignUpHandler(env: Record<string, string | undefined>) {
  const config = parsePreSignUpConfig(env);
  const domainPolicyActive = config.allowedDomains.length + config.blockedDomains.length + config.trustedDomains.length > 0;

  const reject = (triggerSource: string, reason: string, message: string): never => {
    logOutcome({ triggerSource, outcome: 'rejected', reason });
    throw new TriggerError(message);
  };

  return async (event: unknown) => {
    const { triggerSource, userAttributes } = readCommonEvent(event, 'PreSignUp_');
    if (!SOURCES.has(triggerSource)) {
      throw new MalformedEventError('triggerSource', `is not a pre sign-up source (received: "${triggerSource}")`);
    }
    if (triggerSource === 'PreSignUp_ExternalProvider' && config.blockExternalProviders) {
      reject(triggerSource, 'external-provider', 'Sign-up through an external identity provider is not allowed');
    }
    for (const attribute of config.requiredAttributes) {
      if (!userAttributes[attribute]?.trim()) {
        reject(triggerSource, 'missing-attribute', `Missing required attribute: ${attribute}`);
      }
    }

    let trusted = false;
    const email = userAttributes.email;
    if (domainPolicyActive && email !== undefined) {
      const domain = emailDomain(email);
      if (domain === undefined) {
        return reject(triggerSource, 'invalid-email', 'The email address is not valid');
      }
      trusted = domainMatches(domain, config.trustedDomains);
      const allowed = trusted || config.allowedDomains.length === 0 || domainMatches(domain, config.allowedDomains);
      if (domainMatches(domain, config.blockedDomains) || !allowed) {
        reject(triggerSource, 'domain-not-allowed', 'Sign-up with this email domain is not allowed');
      }
    } else if (config.allowedDomains.length > 0) {
      reject(triggerSource, 'missing-email', 'An email address is required to sign up');
    }

    logOutcome({ triggerSource, outcome: 'allowed', trusted });
    return {
      ...(event as object),
      response: { autoConfirmUser: trusted, autoVerifyEmail: trusted, autoVerifyPhone: false },
    };
  };
}

/** Lambda entry point. */
export const handler = buildAtColdStart(() => createPreSignUpHandler(process.env));
