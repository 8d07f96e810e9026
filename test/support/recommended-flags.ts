import { App } from 'aws-cdk-lib';
import { recommendedFeatureFlags } from '../../projenrc/recommended-feature-flags';

/**
 * An app configured like one fresh from `cdk init`, with the flags the example app's cdk.json
 * holds, less any flags named in `leaveOut`.
 */
export function appWithRecommendedFlags(leaveOut: string[] = []): App {
  const flags = recommendedFeatureFlags();
  for (const flag of leaveOut) {
    delete flags[flag];
  }
  return new App({ context: flags });
}
