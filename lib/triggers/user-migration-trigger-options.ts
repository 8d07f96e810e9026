import { Duration } from 'aws-cdk-lib';

/**
 * Settings for the bundled user migration trigger.
 *
 * The trigger POSTs JSON to `verifierUrl`: `{"action":"authenticate","username":"…","password":"…"}`
 * at sign-in and `{"action":"lookup","username":"…"}` for a forgotten password. The verifier answers
 * 200 with `{"userAttributes":{"email":"…","email_verified":"true",…}}` for a known user whose
 * password checks out, or 401, 403 or 404 otherwise. Keep the endpoint private to the trigger,
 * for example reachable only from `hardening.vpc`.
 */
export interface UserMigrationTriggerOptions {
  /**
   * HTTPS URL of the verifier for the legacy user store.
   */
  readonly verifierUrl: string;

  /**
   * How long to wait for the verifier; between 100 ms and 4 s, and shorter than the trigger timeout.
   *
   * @default Duration.millis(2500)
   */
  readonly verifierTimeout?: Duration;

  /**
   * Send Cognito's welcome message to migrated users.
   *
   * @default false
   */
  readonly sendWelcomeMessage?: boolean;
}
