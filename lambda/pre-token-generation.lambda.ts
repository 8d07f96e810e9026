import { optionalString, readList, readStringMap } from './shared/config';
import { ConfigurationError, MalformedEventError } from './shared/errors';
import { readCommonEvent } from './shared/event';
import { buildAtColdStart } from './shared/handler';
import { logOutcome } from './shared/log';
import { ADDED_CLAIMS, isReservedClaim, PRE_TOKEN_GENERATION_ENV } from '../lib/private/trigger-environment';

/** Settings read from the environment. */
export interface PreTokenGenerationConfig {
  readonly tenantAttribute: string;
  readonly tierAttribute: string;
  /** Claim name → user attribute name. */
  readonly claimMapping: Record<string, string>;
  readonly accessTokenScopes: string[];
}

/** Parses and validates the environment. */
export function parsePreTokenGenerationConfig(env: Record<string, string | undefined>): PreTokenGenerationConfig {
  const claimMapping = readStringMap(env, PRE_TOKEN_GENERATION_ENV.claimMapping);
  for (const claim of Object.keys(claimMapping)) {
    if (isReservedClaim(claim) || Object.values<string>(ADDED_CLAIMS).includes(claim)) {
      throw new ConfigurationError(PRE_TOKEN_GENERATION_ENV.claimMapping, `maps onto the reserved claim "${claim}"`);
    }
  }
  return {
    tenantAttribute: optionalString(env, PRE_TOKEN_GENERATION_ENV.tenantAttribute) ?? 'custom:tenant_id',
    tierAttribute: optionalString(env, PRE_TOKEN_GENERATION_ENV.tierAttribute) ?? 'custom:tier',
    claimMapping,
    accessTokenScopes: readList(env, PRE_TOKEN_GENERATION_ENV.accessTokenScopes),
  };
}

function readGroups(request: Record<string, unknown>): string[] {
  const configuration = request.groupConfiguration;
  if (configuration === undefined || configuration === null) {
    return [];
  }
  if (typeof configuration !== 'object' || Array.isArray(configuration)) {
    throw new MalformedEventError('request.groupConfiguration', 'must be an object');
  }
  const groups = (configuration as Record<string, unknown>).groupsToOverride;
  if (groups === undefined || groups === null) {
    return [];
  }
  // Checked on a copy: every() skips the holes of a sparse list, and the event's list may carry fields of its own.
  const list: unknown[] = Array.isArray(groups) ? Array.from(groups) : [0];
  if (!list.every((group) => typeof group === 'string')) {
    throw new MalformedEventError('request.groupConfiguration.groupsToOverride', 'must be a list of strings');
  }
  return list as string[];
}

/** Creates the pre token generation handler for both the V1 and the V2 event shapes. */
export function createPreTokenGenerationHandler(env: Record<string, string | undefined>) {
  const config = parsePreTokenGenerationConfig(env);

  const claimsFrom = (attributes: Record<string, string>): Record<string, string> => {
    const claims: Record<string, string> = {};
    for (const [claim, attribute] of Object.entries(config.claimMapping)) {
      const value = attributes[attribute];
      if (value !== undefined) {
        claims[claim] = value;
      }
    }
    const tenantId = attributes[config.tenantAttribute];
    if (tenantId) {
      claims[ADDED_CLAIMS.tenant] = tenantId;
    }
    const tier = attributes[config.tierAttribute];
    if (tier) {
      claims[ADDED_CLAIMS.tier] = tier;
    }
    return claims;
  };

  return async (event: unknown) => {
    const { triggerSource, request, userAttributes } = readCommonEvent(event, 'TokenGeneration_');
    const version = (event as { version?: unknown }).version ?? '1';
    if (typeof version !== 'string') {
      throw new MalformedEventError('version', 'must be a string');
    }
    const groups = readGroups(request);
    const claims = claimsFrom(userAttributes);

    if (version === '2' || version === '3') {
      const withRoles = { ...claims, [ADDED_CLAIMS.roles]: groups };
      logOutcome({ triggerSource, outcome: 'customized', eventVersion: version, claims: Object.keys(withRoles).length });
      return {
        ...(event as object),
        response: {
          claimsAndScopeOverrideDetails: {
            idTokenGeneration: { claimsToAddOrOverride: withRoles },
            accessTokenGeneration: { claimsToAddOrOverride: withRoles, scopesToAdd: config.accessTokenScopes },
          },
        },
      };
    }
    // V1 adds claims to the ID token only, and its claim values are strings.
    const withRoles = groups.length > 0 ? { ...claims, [ADDED_CLAIMS.roles]: groups.join(',') } : claims;
    logOutcome({ triggerSource, outcome: 'customized', eventVersion: version === '1' ? version : 'other', claims: Object.keys(withRoles).length });
    return { ...(event as object), response: { claimsOverrideDetails: { claimsToAddOrOverride: withRoles } } };
  };
}

/** Lambda entry point. */
export const handler = buildAtColdStart(() => createPreTokenGenerationHandler(process.env));
