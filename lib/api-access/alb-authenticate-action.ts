import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { AuthenticateCognitoAction } from 'aws-cdk-lib/aws-elasticloadbalancingv2-actions';
import { Construct } from 'constructs';
import { AlbActionSubject } from './alb-action-subject';
import { AlbAuthenticateActionOptions } from './alb-authenticate-action-options';
import { ALB_ACTION_RULES } from './rules';
import { ALB_CALLBACK_RULE } from './rules/alb-callback';
import { EnterpriseAppClientOptions } from '../enterprise-user-pool/app-client-options';
import { ruleProblems } from '../private/validation/deferred-rules';
import { enforceRules } from '../private/validation/enforce-rules';

/** What the action needs from the pool it signs users in with. */
export interface AlbPool {
  readonly userPool: cognito.IUserPool;
  readonly domain?: cognito.UserPoolDomain;
  addAppClient(options: EnterpriseAppClientOptions): cognito.UserPoolClient;
}

/**
 * A listener action that signs users in with the pool, then runs `next`. The action opens the
 * listener's security group to HTTPS egress, which the load balancer needs to redeem codes at
 * the pool's token endpoint (its addresses are not published, so any IPv4 address).
 */
export function albAuthenticateAction(
  scope: Construct, id: string, pool: AlbPool, options: AlbAuthenticateActionOptions,
): elbv2.ListenerAction {
  const subject: AlbActionSubject = {
    domainName: options.domainName,
    hasLoadBalancer: options.loadBalancer !== undefined,
    hasHostedDomain: pool.domain !== undefined,
    clientHasSecret: clientHasSecret(options.userPoolClient),
  };
  enforceRules(scope, ALB_ACTION_RULES, subject, `albAuthenticateAction(${JSON.stringify(id)}).`);
  const loadBalancer = options.loadBalancer;
  if (options.domainName === undefined && loadBalancer) {
    // Listeners are usually added with this action as their default, so look once the app is built.
    scope.node.addValidation({
      validate: () => ruleProblems(scope, [ALB_CALLBACK_RULE], { ...subject, hasHttpsListener: hasHttpsListener(loadBalancer) }),
    });
  }
  const host = options.domainName ?? loadBalancer!.loadBalancerDnsName;
  const userPoolClient = options.userPoolClient ?? pool.addAppClient({
    name: options.clientName ?? id,
    generateSecret: true,
    callbackUrls: [`https://${host}/oauth2/idpresponse`],
    oAuthFlows: { authorizationCodeGrant: true },
    oAuthScopes: [cognito.OAuthScope.OPENID, ...(options.scopes ?? []).filter((name) => name !== 'openid').map(cognito.OAuthScope.custom)],
  });
  return new AuthenticateCognitoAction({
    userPool: pool.userPool,
    userPoolClient,
    userPoolDomain: pool.domain!,
    next: options.next,
    scope: ['openid', ...(options.scopes ?? []).filter((name) => name !== 'openid')].join(' '),
    sessionTimeout: options.sessionTimeout,
    onUnauthenticatedRequest: options.onUnauthenticatedRequest,
    allowHttpsOutbound: true,
  });
}

function clientHasSecret(client: cognito.IUserPoolClient | undefined): boolean | undefined {
  const resource = client?.node.defaultChild;
  return resource instanceof cognito.CfnUserPoolClient ? resource.generateSecret === true : undefined;
}

function hasHttpsListener(loadBalancer: elbv2.IApplicationLoadBalancer): boolean | undefined {
  const listeners = loadBalancer.node.findAll().filter((child): child is elbv2.CfnListener => child instanceof elbv2.CfnListener);
  // An imported load balancer's listeners live elsewhere: nothing to judge.
  if (listeners.length === 0 && !(loadBalancer instanceof elbv2.ApplicationLoadBalancer)) {
    return undefined;
  }
  return listeners.some((listener) => listener.protocol === elbv2.ApplicationProtocol.HTTPS);
}
