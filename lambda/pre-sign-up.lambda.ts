import { readBoolean, readList } from './shared/config';
import { canonicalDomain, domainMatches, parseAddress } from './shared/email';
import { ConfigurationError, MalformedEventError, TriggerError } from './shared/errors';
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
  // Listed domains are compared in the same canonical form as the addresses.
  const domains = (name: string) => readList(env, name).map((entry) => {
    const domain = canonicalDomain(entry);
    if (domain === undefined) {
      throw new ConfigurationError(name, `lists "${entry}", which is not a domain`);
    }
    return domain;
  });
  return {
    allowedDomains: domains(PRE_SIGN_UP_ENV.allowedDomains),
    blockedDomains: domains(PRE_SIGN_UP_ENV.blockedDomains),
    trustedDomains: domains(PRE_SIGN_UP_ENV.trustedDomains),
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
      const address = parseAddress(email);
      if (address === undefined) {
        return reject(triggerSource, 'invalid-email', 'The email address is not valid');
      }
      const { domain } = address;
      // Trust (auto-confirm, auto-verify) needs the canonical spelling: Cognito marks the address as given verified.
      trusted = address.canonical && domainMatches(domain, config.trustedDomains);
      const allowed = config.allowedDomains.length === 0
        || domainMatches(domain, config.allowedDomains) || domainMatches(domain, config.trustedDomains);
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
