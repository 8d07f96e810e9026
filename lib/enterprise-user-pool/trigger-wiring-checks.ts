import { Duration } from 'aws-cdk-lib';
import { EnterpriseAppClientOptions } from './app-client-options';
import { RuleDescription } from '../private/validation/catalogue';
import { describeValue } from '../private/validation/describe-value';
import { isKnown } from '../private/validation/resolved';
import { RuleSeverity } from '../private/validation/rule';
import { BundledTriggersOptions } from '../triggers/bundled-triggers-options';

/** The default lifetime of a magic link, mirrored from the trigger's own default. */
export const DEFAULT_MAGIC_LINK_VALIDITY = Duration.minutes(5);

/** The checks below, as listed in the rule table; they run once the whole pool is known. */
export const TRIGGER_WIRING_RULES: RuleDescription[] = [
  {
    id: 'CE-TRIGGER-DEFAULT-GROUP',
    appliesTo: 'user pool',
    severity: RuleSeverity.ERROR,
    statement: 'the post confirmation trigger\'s default group must be one of the pool\'s groups, or every confirmation fails',
    source: 'Cognito API AdminAddUserToGroup (ResourceNotFoundException)',
  },
  {
    id: 'CE-TRIGGER-MAGIC-LINK',
    appliesTo: 'user pool',
    severity: RuleSeverity.ERROR,
    statement: 'a magic link lands on one of the pool\'s client callback URLs and is answered within the client\'s authentication session',
    source: 'Cognito custom authentication flow; CloudFormation AWS::Cognito::UserPoolClient AuthSessionValidity',
  },
];

/** What the pool has, by synth time, that its triggers depend on. */
export interface TriggerWiring {
  readonly path: string;
  readonly triggers: BundledTriggersOptions;
  readonly groupNames: string[];
  readonly clients: EnterpriseAppClientOptions[];
}

/**
 * Checks, once every group and client is added, what the triggers need from the rest of the pool:
 * the post confirmation group exists, and a magic link lands on a client's callback URL and is
 * answered within that client's authentication session.
 */
export function triggerWiringProblems({ path, triggers, groupNames, clients }: TriggerWiring): string[] {
  const problems: string[] = [];
  const defaultGroup = triggers.postConfirmation?.defaultGroup;
  if (defaultGroup !== undefined && !groupNames.includes(defaultGroup)) {
    problems.push(`[CE-TRIGGER-DEFAULT-GROUP] ${path}: triggers.postConfirmation.defaultGroup is "${defaultGroup}" — the group must be one of the pool's groups (${groupNames.join(', ') || 'none defined'})`);
  }
  const magicLink = triggers.magicLink;
  if (magicLink === undefined) {
    return problems;
  }
  const callbackUrls = clients.flatMap((client) => client.callbackUrls ?? []);
  if (isKnown(magicLink.baseUrl) && !callbackUrls.includes(magicLink.baseUrl)) {
    problems.push(`[CE-TRIGGER-MAGIC-LINK] ${path}: triggers.magicLink.baseUrl is "${magicLink.baseUrl}" — a magic link must land on one of the pool's client callback URLs (${callbackUrls.join(', ') || 'none defined'})`);
  }
  const linkValidity = magicLink.linkValidity ?? DEFAULT_MAGIC_LINK_VALIDITY;
  for (const client of clients.filter((candidate) => candidate.authFlows?.custom)) {
    const session = client.authSessionValidity;
    if (session !== undefined && isKnown(session) && isKnown(linkValidity) && session.toSeconds() < linkValidity.toSeconds()) {
      problems.push(`[CE-TRIGGER-MAGIC-LINK] ${path}: appClients[${client.name}].authSessionValidity is ${describeValue(session)} — the link is answered in the same authentication session, so the session must last at least triggers.magicLink.linkValidity (${describeValue(linkValidity)})`);
    }
  }
  return problems;
}

/** A client's session must outlive the magic link it waits for; sessions are whole minutes. */
export function magicLinkSessionValidity(triggers: BundledTriggersOptions | undefined): Duration | undefined {
  const magicLink = triggers?.magicLink;
  if (magicLink === undefined) {
    return undefined;
  }
  const linkValidity = magicLink.linkValidity ?? DEFAULT_MAGIC_LINK_VALIDITY;
  return isKnown(linkValidity) ? Duration.minutes(Math.max(3, Math.ceil(linkValidity.toSeconds() / 60))) : undefined;
}
