import { JwtVerifier } from 'aws-jwt-verify';
import { Fetcher } from 'aws-jwt-verify/https';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { CfnTemplate, resourcesOfType } from '../../integ/support/synthesized-template';

/** Where the emulated pool lives, and which emulator client id each synthesized client became. */
export interface EmulatedIssuer {
  readonly endpoint: string;
  readonly userPoolId: string;
  /** Emulator client id by the client's logical id in the template. */
  readonly clientIds: Record<string, string>;
}

/** Accepts a token as one integration would, or throws why it is refused. */
export type IntegrationCheck = (token: string) => Promise<JwtPayload>;

// aws-jwt-verify's own fetcher speaks HTTPS only; the emulator serves its JWKS over plain HTTP.
const loopbackFetcher: Fetcher = {
  fetch: async (uri) => (await fetch(uri)).arrayBuffer(),
};

/** Signature, issuer and expiry, which every integration checks first. */
function poolVerifier(issuer: EmulatedIssuer, customJwtCheck: (payload: JwtPayload) => void): IntegrationCheck {
  const verifier = JwtVerifier.create({
    issuer: `${issuer.endpoint}/${issuer.userPoolId}`,
    jwksUri: `${issuer.endpoint}/${issuer.userPoolId}/.well-known/jwks.json`,
    audience: null,
    graceSeconds: 0,
    customJwtCheck: ({ payload }) => customJwtCheck(payload),
  }, { jwksCache: new SimpleJwksCache({ fetcher: loopbackFetcher }) });
  return (token) => verifier.verify(token);
}

/** ID tokens name their client in `aud`, access tokens in `client_id`. */
function clientOf(payload: JwtPayload): string | undefined {
  return (payload.token_use === 'access' ? payload.client_id : payload.aud) as string | undefined;
}

function requireOneScope(payload: JwtPayload, scopes: string[] | undefined): void {
  if (!scopes || scopes.length === 0) {
    return;
  }
  const granted = String(payload.scope ?? '').split(' ');
  if (payload.token_use !== 'access' || !scopes.some((scope) => granted.includes(scope))) {
    throw new Error(`token grants none of ${scopes.join(', ')} (token_use ${payload.token_use}, scope "${payload.scope ?? ''}")`);
  }
}

function logicalIdOf(reference: unknown): string {
  const ref = (reference as { Ref?: unknown }).Ref;
  if (typeof ref !== 'string') {
    throw new Error(`expected a Ref to an app client: ${JSON.stringify(reference)}`);
  }
  return ref;
}

function onlyProperties(template: CfnTemplate, type: string, matches: (properties: Record<string, unknown>) => boolean): Record<string, unknown> {
  const found = Object.values(resourcesOfType(template, type)).map((resource) => resource.Properties ?? {}).filter(matches);
  if (found.length !== 1) {
    throw new Error(`expected one ${type} that matches, found ${found.length}`);
  }
  return found[0];
}

/**
 * An HTTP API route's JWT authorizer: the token's client must be in the audience, and a route
 * with scopes needs a token that grants one of them.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html
 */
export function httpApiRoute(template: CfnTemplate, routeKey: string, issuer: EmulatedIssuer): IntegrationCheck {
  const route = onlyProperties(template, 'AWS::ApiGatewayV2::Route', (properties) => properties.RouteKey === routeKey);
  const authorizer = onlyProperties(template, 'AWS::ApiGatewayV2::Authorizer', () => true);
  const audience = ((authorizer.JwtConfiguration as { Audience: unknown[] }).Audience).map((reference) => issuer.clientIds[logicalIdOf(reference)]);
  return poolVerifier(issuer, (payload) => {
    if (!audience.includes(clientOf(payload)!)) {
      throw new Error(`client ${clientOf(payload)} is not in the audience`);
    }
    requireOneScope(payload, route.AuthorizationScopes as string[] | undefined);
  });
}

/**
 * A REST API method behind a Cognito user pools authorizer: any token of the pool, but a method
 * with scopes takes only an access token that grants one of them. The authorizer checks no client.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html
 */
export function restApiMethod(template: CfnTemplate, httpMethod: string, scopes: 'with scopes' | 'without scopes', issuer: EmulatedIssuer): IntegrationCheck {
  const method = onlyProperties(template, 'AWS::ApiGateway::Method', (properties) =>
    properties.HttpMethod === httpMethod && (properties.AuthorizationScopes !== undefined) === (scopes === 'with scopes'));
  if (method.AuthorizationType !== 'COGNITO_USER_POOLS') {
    throw new Error(`method ${httpMethod} is not behind a user pools authorizer`);
  }
  return poolVerifier(issuer, (payload) => requireOneScope(payload, method.AuthorizationScopes as string[] | undefined));
}

/**
 * A load balancer's authenticate-cognito action: it redeems the code as its own client, so only
 * that client's ID token, from the pool's issuer, starts a session.
 */
export function albListener(template: CfnTemplate, issuer: EmulatedIssuer): IntegrationCheck {
  const listener = onlyProperties(template, 'AWS::ElasticLoadBalancingV2::Listener', () => true);
  const action = (listener.DefaultActions as { AuthenticateCognitoConfig?: { UserPoolClientId: unknown } }[])
    .find((candidate) => candidate.AuthenticateCognitoConfig)!.AuthenticateCognitoConfig!;
  const clientId = issuer.clientIds[logicalIdOf(action.UserPoolClientId)];
  return poolVerifier(issuer, (payload) => {
    if (payload.token_use !== 'id' || payload.aud !== clientId) {
      throw new Error(`not an ID token of the load balancer's client ${clientId}`);
    }
  });
}

/**
 * An AppSync API in user pool mode: a token of the pool, whose client matches AppIdClientRegex
 * when one is set.
 */
export function appSyncApi(template: CfnTemplate, issuer: EmulatedIssuer): IntegrationCheck {
  const api = onlyProperties(template, 'AWS::AppSync::GraphQLApi', () => true);
  const regex = (api.UserPoolConfig as { AppIdClientRegex?: string }).AppIdClientRegex;
  return poolVerifier(issuer, (payload) => {
    if (regex !== undefined && !new RegExp(regex).test(clientOf(payload) ?? '')) {
      throw new Error(`client ${clientOf(payload)} does not match ${regex}`);
    }
  });
}
