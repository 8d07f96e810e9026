import { Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { IConstruct } from 'constructs';
import { EnterpriseAppClientOptions } from './app-client-options';
import { EnterpriseUserPoolProps } from './enterprise-user-pool-props';
import { outputKey } from './output-key';
import { PoolGroupOptions } from './pool-group-options';
import { ClientPoolContext, isOAuthEnabled, resolveClientOptions } from './resolve-client-options';
import { adminOnlyAttributeNames, resolvePoolProps } from './resolve-pool-props';
import { magicLinkSessionValidity } from './trigger-wiring-checks';
import { checkResourceServer } from '../api-access/check-resource-server';
import { machineAppClientOptions } from '../api-access/resolve-machine-client';
import { CLIENT_RULES, DOMAIN_RULES, GROUP_RULES, POOL_RULES } from '../private/validation/catalogue';
import { RuleSeverity } from '../private/validation/rule';
import { ViolationCollector } from '../private/validation/violation-collector';

/** A pool's settings after defaults, with its clients resolved, ready to build. */
export interface PoolPlan {
  readonly props: EnterpriseUserPoolProps;
  readonly clientContext: ClientPoolContext;
  readonly clients: EnterpriseAppClientOptions[];
  /** The machine-to-machine clients, as the app clients they are. */
  readonly machineClients: EnterpriseAppClientOptions[];
}

/** Where each list entry came from in the user's props, when not `appClients[i]` / `groups[i]`. */
export interface PlanLabels {
  readonly clients?: string[];
  readonly groups?: string[];
}

/**
 * Resolves a pool's props and checks everything about it — pool, groups, domain and every client —
 * into one collector, building nothing. Scenario constructs run it on the props they will hand to
 * EnterpriseUserPool, so their own rules and the pool's fail together.
 */
export function planPool(
  scope: IConstruct, path: string, given: EnterpriseUserPoolProps, collector: ViolationCollector, labels: PlanLabels = {},
): PoolPlan {
  const props = resolvePoolProps(given);
  collector.check(path, POOL_RULES, {
    props,
    given,
    emailThroughSes: sendsEmailThroughSes(scope, props.email),
    stackName: Stack.of(scope).stackName,
  });
  const groupNames: string[] = [];
  (props.groups ?? []).forEach((group, index) => {
    checkGroup(path, collector, group, `${labels.groups?.[index] ?? `groups[${index}]`}.`, groupNames);
    groupNames.push(group.name);
  });
  if (props.domain) {
    collector.check(path, DOMAIN_RULES, { options: props.domain });
  }
  const clientContext = poolClientContext(props);
  const clients: EnterpriseAppClientOptions[] = [];
  (props.appClients ?? []).forEach((client, index) => {
    const prefix = `${labels.clients?.[index] ?? `appClients[${index}]`}.`;
    clients.push(checkClient(path, collector, client, clientContext, prefix, clients.map(({ name }) => name)));
  });
  const identifiers: string[] = [];
  (props.resourceServers ?? []).forEach((server, index) => {
    checkResourceServer(path, collector, server, `resourceServers[${index}].`, identifiers);
    identifiers.push(server.identifier);
  });
  const machineClients: EnterpriseAppClientOptions[] = [];
  (props.machineClients ?? []).forEach((client, index) => {
    const taken = [...clients, ...machineClients].map(({ name }) => name);
    machineClients.push(checkClient(path, collector, machineAppClientOptions(client), clientContext, `machineClients[${index}].`, taken));
  });
  return { props, clientContext, clients, machineClients };
}

/** What every client of a resolved pool needs to know to pick its defaults. */
export function poolClientContext(props: EnterpriseUserPoolProps): ClientPoolContext {
  const factors = props.signInPolicy?.allowedFirstAuthFactors;
  return {
    featurePlan: props.featurePlan,
    customAttributeNames: Object.keys(props.customAttributes ?? {}),
    adminOnlyAttributes: adminOnlyAttributeNames(props),
    passwordless: factors !== undefined && (factors.passkey === true || factors.emailOtp === true || factors.smsOtp === true),
    customAuth: props.triggers?.magicLink !== undefined,
    userMigration: props.triggers?.userMigration !== undefined,
    customAuthSessionValidity: magicLinkSessionValidity(props.triggers),
  };
}

/** Resolves and checks one client; `takenNames` are the pool's other clients. */
export function checkClient(
  path: string, collector: ViolationCollector, given: EnterpriseAppClientOptions, context: ClientPoolContext, prefix: string, takenNames: string[],
): EnterpriseAppClientOptions {
  const options = resolveClientOptions(given, context);
  collector.check(path, CLIENT_RULES, { options, given, oAuthEnabled: isOAuthEnabled(options), featurePlan: context.featurePlan }, prefix);
  const twin = takenNames.find((name) => outputKey(name) === outputKey(given.name));
  if (twin !== undefined) {
    const clash = twin === given.name ? 'another client has the same name' : `another client is named "${twin}"`;
    collector.report('CE-CLIENT-NAME', RuleSeverity.ERROR,
      `[CE-CLIENT-NAME] ${path}: ${prefix}name is "${given.name}" — ${clash}; client names must stay distinct when reduced to letters and digits, which name their outputs`);
  }
  return options;
}

/** Checks one group; `takenNames` are the pool's other groups. */
export function checkGroup(path: string, collector: ViolationCollector, options: PoolGroupOptions, prefix: string, takenNames: string[]): void {
  collector.check(path, GROUP_RULES, { options }, prefix);
  if (takenNames.includes(options.name)) {
    collector.report('CE-GROUP', RuleSeverity.ERROR,
      `[CE-GROUP] ${path}: ${prefix}name is "${options.name}" — another group has the same name; group names are unique within a pool`);
  }
}

/** Whether the pool's email goes through Amazon SES, the prerequisite of email MFA. */
function sendsEmailThroughSes(scope: IConstruct, email: cognito.UserPoolEmail | undefined): boolean {
  // The L2 exposes the sending account only through its binding, which has no side effects.
  const binding = email as unknown as { _bind?: (s: IConstruct) => { emailSendingAccount?: string } } | undefined;
  return binding?._bind?.(scope).emailSendingAccount === 'DEVELOPER';
}
