import { AdminAddUserToGroupCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { awsErrorReason, callAws } from './shared/aws-call';
import { optionalString, readList } from './shared/config';
import { invocationDeadline } from './shared/deadline';
import { ConfigurationError, MalformedEventError, TriggerError } from './shared/errors';
import { readCommonEvent } from './shared/event';
import { buildAtColdStart } from './shared/handler';
import { logOutcome } from './shared/log';
import { TRIGGER_SDK_OPTIONS } from './shared/sdk-options';
import { DEFAULT_POST_CONFIRMATION_SOURCES, POST_CONFIRMATION_ENV, TENANT_ID_PLACEHOLDER } from '../lib/private/trigger-environment';

/** Settings read from the environment. */
export interface PostConfirmationConfig {
  readonly defaultGroup?: string;
  readonly tenantAttribute: string;
  readonly tenantGroupTemplate?: string;
  readonly triggerSources: string[];
}

const KNOWN_SOURCES = ['PostConfirmation_ConfirmSignUp', 'PostConfirmation_ConfirmForgotPassword'];
// Tenant ids become part of a group name: keep them to a conservative character set.
const TENANT_ID = /^[A-Za-z0-9_.-]{1,64}$/;

/** Parses and validates the environment. */
export function parsePostConfirmationConfig(env: Record<string, string | undefined>): PostConfirmationConfig {
  const tenantGroupTemplate = optionalString(env, POST_CONFIRMATION_ENV.tenantGroupTemplate);
  if (tenantGroupTemplate !== undefined && !tenantGroupTemplate.includes(TENANT_ID_PLACEHOLDER)) {
    throw new ConfigurationError(POST_CONFIRMATION_ENV.tenantGroupTemplate, `must contain ${TENANT_ID_PLACEHOLDER}`);
  }
  const configuredSources = readList(env, POST_CONFIRMATION_ENV.triggerSources);
  const triggerSources = configuredSources.length > 0 ? configuredSources : [...DEFAULT_POST_CONFIRMATION_SOURCES];
  for (const source of triggerSources) {
    if (!KNOWN_SOURCES.includes(source)) {
      throw new ConfigurationError(POST_CONFIRMATION_ENV.triggerSources, `lists an unknown trigger source "${source}"`);
    }
  }
  return {
    defaultGroup: optionalString(env, POST_CONFIRMATION_ENV.defaultGroup),
    tenantAttribute: optionalString(env, POST_CONFIRMATION_ENV.tenantAttribute) ?? 'custom:tenant_id',
    tenantGroupTemplate,
    triggerSources,
  };
}

/** Creates the post confirmation handler: adds the user to the default group and to their tenant's group. */
export function createPostConfirmationHandler(
  env: Record<string, string | undefined>,
  client: CognitoIdentityProviderClient = new CognitoIdentityProviderClient(TRIGGER_SDK_OPTIONS),
) {
  const config = parsePostConfirmationConfig(env);

  const groupsFor = (attributes: Record<string, string>): string[] => {
    const groups = config.defaultGroup ? [config.defaultGroup] : [];
    const tenantId = attributes[config.tenantAttribute];
    if (config.tenantGroupTemplate && tenantId !== undefined && tenantId !== '') {
      if (!TENANT_ID.test(tenantId)) {
        throw new TriggerError(`The ${config.tenantAttribute} attribute is not a valid tenant id`);
      }
      groups.push(config.tenantGroupTemplate.split(TENANT_ID_PLACEHOLDER).join(tenantId));
    }
    return groups;
  };

  return async (event: unknown, context?: unknown) => {
    const { triggerSource, userPoolId, userName, userAttributes } = readCommonEvent(event, 'PostConfirmation_');
    if (!KNOWN_SOURCES.includes(triggerSource)) {
      throw new MalformedEventError('triggerSource', `is not a post confirmation source (received: "${triggerSource}")`);
    }
    if (!config.triggerSources.includes(triggerSource)) {
      logOutcome({ triggerSource, outcome: 'skipped' });
      return { ...(event as object), response: {} };
    }
    const groups = groupsFor(userAttributes);
    const deadline = invocationDeadline(context);
    // In parallel, so two memberships cost one round trip of the 5-second budget. Adding a user who
    // is already a member succeeds, so a retried confirmation is harmless.
    const results = await Promise.allSettled(groups.map((groupName) => callAws('Cognito AdminAddUserToGroup', deadline, (abortSignal) => client
      .send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: userName, GroupName: groupName }), { abortSignal }))));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) {
      const reason = awsErrorReason(failed.reason) ?? 'UnknownError';
      logOutcome({ triggerSource, outcome: 'not-grouped', reason });
      // The group's name is configuration: the caller learns only that confirmation could not finish.
      throw new TriggerError(reason === 'ResourceNotFoundException' ? 'A group for new users does not exist in the user pool'
        : `The account could not be added to its groups (${reason})`);
    }
    logOutcome({ triggerSource, outcome: 'grouped', groups: groups.length });
    return { ...(event as object), response: {} };
  };
}

/** Lambda entry point. */
export const handler = buildAtColdStart(() => createPostConfirmationHandler(process.env));
