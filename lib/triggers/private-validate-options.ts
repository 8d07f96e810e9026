import { Duration } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { BundledTriggersOptions } from './bundled-triggers-options';
import { checkDuration, checkHttpsUrl, checkInteger, isKnown, rejectOption } from './private-option-check';
import { ADDED_CLAIMS, isReservedClaim, MESSAGE_SOURCES, missingPlaceholders, SETTING_BOUNDS, TENANT_ID_PLACEHOLDER } from '../private/trigger-environment';

const DNS_DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SCOPE = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
const MAX_TRIGGER_TIMEOUT_MILLIS = 5_000;

/** Checks every enabled trigger's options; throws at synth with the prop, value and rule. */
export function validateTriggerOptions(scope: IConstruct, options: BundledTriggersOptions, allowedRedirectUrls?: string[]): void {
  validatePreSignUp(scope, options);
  validatePostConfirmation(scope, options);
  validatePreTokenGeneration(scope, options);
  validateCustomMessage(scope, options);
  validateUserMigration(scope, options);
  validateMagicLink(scope, options, allowedRedirectUrls);
  validateHardening(scope, options);
}

function validatePreSignUp(scope: IConstruct, { preSignUp }: BundledTriggersOptions): void {
  if (!preSignUp) {
    return;
  }
  const lists = { allowedDomains: preSignUp.allowedDomains, blockedDomains: preSignUp.blockedDomains, trustedDomains: preSignUp.trustedDomains };
  for (const [name, domains] of Object.entries(lists)) {
    for (const domain of domains ?? []) {
      if (isKnown(domain) && !DNS_DOMAIN.test(domain)) {
        rejectOption(scope, `preSignUp.${name}`, domain, 'must be a DNS domain name', 'contains');
      }
    }
  }
  const blocked = new Set((preSignUp.blockedDomains ?? []).filter(isKnown).map((domain) => domain.toLowerCase()));
  for (const name of ['allowedDomains', 'trustedDomains'] as const) {
    const overlap = (preSignUp[name] ?? []).find((domain) => isKnown(domain) && blocked.has(domain.toLowerCase()));
    if (overlap !== undefined) {
      rejectOption(scope, `preSignUp.${name}`, overlap, 'a domain cannot be both blocked and allowed or trusted', 'contains');
    }
  }
  for (const attribute of preSignUp.requiredAttributes ?? []) {
    if (isKnown(attribute) && !/^[\w:.-]{1,32}$/.test(attribute)) {
      rejectOption(scope, 'preSignUp.requiredAttributes', attribute, 'must be a user attribute name', 'contains');
    }
  }
}

function validatePostConfirmation(scope: IConstruct, { postConfirmation }: BundledTriggersOptions): void {
  const template = postConfirmation?.tenantGroupTemplate;
  if (isKnown(template) && !template.includes(TENANT_ID_PLACEHOLDER)) {
    rejectOption(scope, 'postConfirmation.tenantGroupTemplate', template, `must contain ${TENANT_ID_PLACEHOLDER}`);
  }
  const group = postConfirmation?.defaultGroup;
  if (isKnown(group) && !/^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u.test(group)) {
    rejectOption(scope, 'postConfirmation.defaultGroup', group, 'must be a Cognito group name (1–128 characters, no spaces)');
  }
}

function validatePreTokenGeneration(scope: IConstruct, { preTokenGeneration }: BundledTriggersOptions): void {
  for (const claim of Object.keys(preTokenGeneration?.claimMapping ?? {})) {
    if (isReservedClaim(claim) || Object.values<string>(ADDED_CLAIMS).includes(claim)) {
      rejectOption(scope, 'preTokenGeneration.claimMapping', claim, 'must not map onto a reserved or built-in claim', 'has the claim');
    }
  }
  for (const scopeName of preTokenGeneration?.accessTokenScopes ?? []) {
    if (isKnown(scopeName) && !SCOPE.test(scopeName)) {
      rejectOption(scope, 'preTokenGeneration.accessTokenScopes', scopeName, 'must be an OAuth scope (printable, no spaces or quotes)', 'contains');
    }
  }
}

function validateCustomMessage(scope: IConstruct, { customMessage }: BundledTriggersOptions): void {
  for (const [source, template] of Object.entries(customMessage?.templates ?? {})) {
    if (!Object.hasOwn(MESSAGE_SOURCES, source)) {
      rejectOption(scope, 'customMessage.templates', source, `must be one of ${Object.keys(MESSAGE_SOURCES).join(', ')}`, 'has the source');
    }
    const missing = isKnown(template.body) ? missingPlaceholders(source, template.body) : [];
    if (missing.length > 0) {
      rejectOption(scope, `customMessage.templates.${source}.body`, template.body, `must contain ${missing.join(' and ')}`);
    }
  }
}

function validateUserMigration(scope: IConstruct, { userMigration, hardening }: BundledTriggersOptions): void {
  if (!userMigration) {
    return;
  }
  checkHttpsUrl(scope, 'userMigration.verifierUrl', userMigration.verifierUrl);
  const { min, max } = SETTING_BOUNDS.verifierTimeoutMillis;
  checkDuration(scope, 'userMigration.verifierTimeout', userMigration.verifierTimeout, min, max);
  const timeout = hardening?.timeout;
  const verifierTimeout = userMigration.verifierTimeout ?? Duration.millis(SETTING_BOUNDS.verifierTimeoutMillis.fallback);
  if (timeout && !timeout.isUnresolved() && !verifierTimeout.isUnresolved() && verifierTimeout.toMilliseconds() >= timeout.toMilliseconds()) {
    rejectOption(scope, 'userMigration.verifierTimeout', verifierTimeout.toHumanString(), 'must be shorter than hardening.timeout');
  }
}

function validateMagicLink(scope: IConstruct, { magicLink }: BundledTriggersOptions, allowedRedirectUrls?: string[]): void {
  if (!magicLink) {
    return;
  }
  checkHttpsUrl(scope, 'magicLink.baseUrl', magicLink.baseUrl);
  if (isKnown(magicLink.baseUrl) && allowedRedirectUrls && !allowedRedirectUrls.includes(magicLink.baseUrl)) {
    rejectOption(scope, 'magicLink.baseUrl', magicLink.baseUrl, 'must be one of allowedRedirectUrls');
  }
  if (isKnown(magicLink.senderAddress) && !EMAIL.test(magicLink.senderAddress)) {
    rejectOption(scope, 'magicLink.senderAddress', magicLink.senderAddress, 'must be an email address');
  }
  const ttl = SETTING_BOUNDS.magicLinkTtlSeconds;
  checkDuration(scope, 'magicLink.linkValidity', magicLink.linkValidity, ttl.min * 1000, ttl.max * 1000);
  const attempts = SETTING_BOUNDS.magicLinkMaxAttempts;
  checkInteger(scope, 'magicLink.maxAttempts', magicLink.maxAttempts, attempts.min, attempts.max);
  const emails = SETTING_BOUNDS.magicLinkMaxEmailsPerUser;
  checkInteger(scope, 'magicLink.maxEmailsPerUser', magicLink.maxEmailsPerUser, emails.min, emails.max);
}

function validateHardening(scope: IConstruct, { hardening }: BundledTriggersOptions): void {
  if (!hardening) {
    return;
  }
  checkDuration(scope, 'hardening.timeout', hardening.timeout, 1_000, MAX_TRIGGER_TIMEOUT_MILLIS);
  checkInteger(scope, 'hardening.memorySize', hardening.memorySize, 128, 10_240);
  // Zero reserved concurrency would throttle every invocation, and with it every sign-in.
  checkInteger(scope, 'hardening.reservedConcurrentExecutions', hardening.reservedConcurrentExecutions, 1, 100_000);
  if (!hardening.vpc && (hardening.vpcSubnets || hardening.securityGroups)) {
    rejectOption(scope, hardening.vpcSubnets ? 'hardening.vpcSubnets' : 'hardening.securityGroups', 'set', 'needs hardening.vpc');
  }
}
