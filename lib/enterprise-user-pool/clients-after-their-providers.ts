import { IAspect, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { IConstruct } from 'constructs';
import { providerNameOf } from './federation-checks';

/**
 * Cognito refuses to create a client that names a provider it does not have yet, and
 * CloudFormation creates resources in any order unless told otherwise. Every client of the pool
 * is deployed after the providers of its stack that it names, however and in whichever order
 * both were added.
 */
export class ClientsAfterTheirProviders implements IAspect {
  constructor(private readonly pool: cognito.UserPool) {}

  public visit(node: IConstruct): void {
    if (node !== this.pool) {
      return;
    }
    const clients = this.pool.node.findAll().filter((child): child is cognito.CfnUserPoolClient => child instanceof cognito.CfnUserPoolClient);
    for (const client of clients) {
      const names = Array.isArray(client.supportedIdentityProviders) ? client.supportedIdentityProviders : [];
      for (const provider of this.pool.identityProviders) {
        if (names.includes(providerNameOf(provider)) && Stack.of(provider) === Stack.of(client)) {
          client.node.addDependency(provider);
        }
      }
    }
  }
}
