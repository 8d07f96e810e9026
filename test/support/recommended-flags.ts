import { App } from 'aws-cdk-lib';
import { CURRENTLY_RECOMMENDED_FLAGS } from 'aws-cdk-lib/cx-api';

/**
 * The feature flags `cdk init` writes into a new app's cdk.json, read from the installed
 * aws-cdk-lib so an upgrade brings its new flags with it. Keys sorted, as the CLI writes them.
 */
export function recommendedFlags(): Record<string, unknown> {
  return Object.fromEntries(Object.keys(CURRENTLY_RECOMMENDED_FLAGS).sort().map((flag) => [flag, CURRENTLY_RECOMMENDED_FLAGS[flag]]));
}

/** An app configured like one fresh from `cdk init`. */
export function appWithRecommendedFlags(): App {
  return new App({ context: recommendedFlags() });
}
