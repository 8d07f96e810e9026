import { loadBundledTrigger } from './bundled-triggers';
import { Fetch } from './fetch-trusting';
import { LambdaHandler } from './lambda-invoke-server';
import { SynthesizedTrigger } from './triggers-from-template';

interface BundledHandler { readonly handler: LambdaHandler }
interface BundledUserMigration { createUserMigrationHandler(env: Record<string, string | undefined>, fetcher: Fetch): LambdaHandler }

const USER_MIGRATION_BUNDLE = 'user-migration';

/** cognito-local's trigger names → the function (bundle) names that serve them. */
export function emulatorTriggerFunctions(triggers: Record<string, SynthesizedTrigger>): Record<string, string> {
  return Object.fromEntries(Object.entries(triggers).map(([trigger, { bundle }]) => [trigger, bundle]));
}

/**
 * Loads each trigger's bundle with the environment its synthesized function has, keyed by bundle
 * name. The user migration handler is built through the bundle's own factory with a fetch that
 * trusts the test's certificate, because the verifier contract requires HTTPS.
 */
export function bundledTriggerFunctions(triggers: Record<string, SynthesizedTrigger>, verifierFetch: Fetch): Record<string, LambdaHandler> {
  return Object.fromEntries(Object.values(triggers).map(({ bundle, environment }) => {
    if (bundle === USER_MIGRATION_BUNDLE) {
      const migration = loadBundledTrigger<BundledUserMigration>(bundle, environment);
      return [bundle, migration.createUserMigrationHandler(environment, verifierFetch)];
    }
    return [bundle, loadBundledTrigger<BundledHandler>(bundle, environment).handler];
  }));
}
