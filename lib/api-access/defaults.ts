import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';

/** Every default of a machine-to-machine client of an EnterpriseUserPool. */
export const MACHINE_CLIENT_DEFAULTS = {
  // A workload asks for a new token with its secret: a short lifetime bounds a leaked token.
  accessTokenValidity: Duration.minutes(15),
  // No user sign-in flow. Cognito turns on SRP and custom auth when ExplicitAuthFlows is left
  // out, so the list must be given; the L2 always keeps ALLOW_REFRESH_TOKEN_AUTH in it, which
  // is inert here because the client-credentials grant issues no refresh token.
  authFlows: { userSrp: false } satisfies cognito.AuthFlow,
  oAuthFlows: { clientCredentials: true } satisfies cognito.OAuthFlows,
  generateSecret: true,
  // A workload has no user whose IP address and device threat protection could assess.
  enablePropagateAdditionalUserContextData: false,
};
