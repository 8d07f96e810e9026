import { CURRENTLY_RECOMMENDED_FLAGS } from 'aws-cdk-lib/cx-api';

/**
 * The feature flags `cdk init` writes into a new app's cdk.json, read from the installed
 * aws-cdk-lib so that an upgrade brings its new flags along. Keys sorted, as the CLI writes them.
 */
export function recommendedFeatureFlags(): Record<string, unknown> {
  return Object.fromEntries(Object.keys(CURRENTLY_RECOMMENDED_FLAGS).sort().map((flag) => [flag, CURRENTLY_RECOMMENDED_FLAGS[flag]]));
}
