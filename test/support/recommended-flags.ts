import { App } from 'aws-cdk-lib';
import { recommendedFeatureFlags } from '../../projenrc/recommended-feature-flags';

/** An app configured like one fresh from `cdk init`, with the flags the example app's cdk.json holds. */
export function appWithRecommendedFlags(): App {
  return new App({ context: recommendedFeatureFlags() });
}
