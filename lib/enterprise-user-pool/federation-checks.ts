import { Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { POOL_CLIENT_RULES, PROVIDER_RULES } from '../private/validation/catalogue';
import { ruleProblems } from '../private/validation/deferred-rules';
import { PoolSchema } from '../private/validation/pool-schema';
import { knownString } from '../private/validation/resolved';
import { IdentityProviderSubject } from '../private/validation/subjects';

/** What the pool-wide checks need to know about the pool besides its clients and providers. */
export interface PoolFederationFacts {
  readonly schema: PoolSchema;
  readonly selfSignUpEnabled: boolean;
}

/** A string known at synth, list-token elements excluded. */
function known(value: unknown): value is string {
  return typeof value === 'string' && knownString(value);
}

/** The known entries of a string map as CloudFormation receives it; a token map has none. */
function knownEntries(value: unknown): { [key: string]: string } {
  if (typeof value !== 'object' || value === null || Token.isUnresolved(value)) {
    return {};
  }
  return Object.fromEntries(Object.entries(value).filter(([key, entry]) => known(key) && known(entry)));
}

/** A list known at synth, or undefined when it is absent or holds a token. */
function knownList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every(known) ? value : undefined;
}

/** The CloudFormation resource of a provider created with an L2, or undefined for an imported one. */
function providerResource(provider: cognito.IUserPoolIdentityProvider): cognito.CfnUserPoolIdentityProvider | undefined {
  const resource = provider.node.defaultChild;
  return resource instanceof cognito.CfnUserPoolIdentityProvider ? resource : undefined;
}

/** A provider's name as CloudFormation receives it: the L2's own `providerName` is a reference. */
export function providerNameOf(provider: cognito.IUserPoolIdentityProvider): string {
  const name = providerResource(provider)?.providerName;
  return known(name) ? name : provider.providerName;
}

/** The names of the providers registered on the pool so far. */
export function providerNamesOf(pool: cognito.UserPool): string[] {
  return pool.identityProviders.map(providerNameOf);
}

/** Pool attributes (Cognito names) that the providers registered so far under these names map. */
export function mappedAttributesOf(pool: cognito.UserPool, providerNames: string[]): string[] {
  return pool.identityProviders
    .filter((provider) => providerNames.includes(providerNameOf(provider)))
    .flatMap((provider) => Object.keys(knownEntries(providerResource(provider)?.attributeMapping)));
}

/**
 * Checks every identity provider registered on the pool, and every app client of the pool
 * against the pool's attributes and providers. Providers and clients may be added in any order,
 * so this runs at synth, reading what CloudFormation will receive.
 */
export function federationProblems(pool: cognito.UserPool, facts: PoolFederationFacts): string[] {
  const problems: string[] = [];
  const providers: IdentityProviderSubject[] = [];
  let allNamesKnown = true;
  for (const provider of pool.identityProviders) {
    const resource = providerResource(provider);
    const name = providerNameOf(provider);
    allNamesKnown = allNamesKnown && known(name);
    const subject: IdentityProviderSubject = {
      name,
      type: resource && known(resource.providerType) ? resource.providerType : '',
      attributeMapping: knownEntries(resource?.attributeMapping),
      details: knownEntries(resource?.providerDetails),
      schema: facts.schema,
    };
    providers.push(subject);
    if (resource) {
      problems.push(...ruleProblems(provider, PROVIDER_RULES, subject));
    }
  }
  const clients = pool.node.findAll().filter((child): child is cognito.CfnUserPoolClient => child instanceof cognito.CfnUserPoolClient);
  for (const client of clients) {
    const readAttributes = knownList(client.readAttributes);
    const writeAttributes = knownList(client.writeAttributes);
    if ((client.readAttributes !== undefined && !readAttributes) || (client.writeAttributes !== undefined && !writeAttributes)) {
      continue;
    }
    const names = (knownList(client.supportedIdentityProviders) ?? []).filter(known);
    problems.push(...ruleProblems(client.node.scope ?? client, POOL_CLIENT_RULES, {
      // A provider whose name is a token may be any of the unknown names.
      supportedIdentityProviders: allNamesKnown ? names : names.filter((name) => name === 'COGNITO' || providers.some((p) => p.name === name)),
      readAttributes,
      writeAttributes,
      selfSignUpEnabled: facts.selfSignUpEnabled,
      schema: facts.schema,
      providers,
    }));
  }
  return problems;
}
