import { Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { IConstruct } from 'constructs';
import { EnterpriseAppClientOptions } from './app-client-options';
import { CLIENT_SCOPE_RULES, RESOURCE_SERVER_RULES } from '../private/validation/catalogue';
import { ruleProblems } from '../private/validation/deferred-rules';
import { ResourceServerSubject } from '../private/validation/subjects';

/** An app client the pool created, with the options it was created from. */
export interface CheckedClient {
  readonly scope: IConstruct;
  readonly options: EnterpriseAppClientOptions;
}

/**
 * Checks the pool's resource servers, wherever in the app they were declared (`everything` is
 * every construct of the app), and that every client scope names one of them. Runs at synth
 * because servers may be added after the clients.
 */
export function resourceServerProblems(
  userPool: cognito.UserPool, clients: ReadonlyArray<CheckedClient>, everything: ReadonlyArray<IConstruct>,
): string[] {
  const servers = everything
    .filter((construct): construct is cognito.CfnUserPoolResourceServer => construct instanceof cognito.CfnUserPoolResourceServer)
    .filter((server) => server.userPoolId === userPool.userPoolId);
  const problems: string[] = [];
  const subjects: ResourceServerSubject[] = [];
  let allKnown = true;
  for (const server of servers) {
    const subject = resourceServerSubject(server);
    if (subject === undefined) {
      allKnown = false;
      continue;
    }
    subjects.push(subject);
    problems.push(...ruleProblems(server.node.scope ?? server, RESOURCE_SERVER_RULES, subject));
  }
  for (const { scope, options } of clients) {
    problems.push(...ruleProblems(scope, CLIENT_SCOPE_RULES, { options, resourceServers: allKnown ? subjects : undefined }));
  }
  return problems;
}

/** The server as its template declares it, or undefined when its identifier or scopes are tokens. */
function resourceServerSubject(server: cognito.CfnUserPoolResourceServer): ResourceServerSubject | undefined {
  const scopes = server.scopes ?? [];
  if (Token.isUnresolved(server.identifier) || Token.isUnresolved(scopes) || !Array.isArray(scopes)) {
    return undefined;
  }
  const known = scopes.filter((scope): scope is cognito.CfnUserPoolResourceServer.ResourceServerScopeTypeProperty => !Token.isUnresolved(scope));
  if (known.length !== scopes.length || known.some((scope) => Token.isUnresolved(scope.scopeName))) {
    return undefined;
  }
  return { identifier: server.identifier, name: server.name, scopes: known };
}
