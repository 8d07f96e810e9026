import { Tags } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** On everything the library creates, so an account's owner can tell where a resource came from. */
export const MANAGED_BY_TAGS: { readonly [key: string]: string } = { ManagedBy: 'cdk-cognito-enterprise' };

/** ManagedBy plus the caller's tags; the caller's value wins for a key both name. */
export function withManagedBy(tags: { [key: string]: string } | undefined): { [key: string]: string } {
  return { ...MANAGED_BY_TAGS, ...tags };
}

/** Tags every taggable resource under `scope` with ManagedBy and the caller's tags. */
export function tagResources(scope: IConstruct, tags: { [key: string]: string } | undefined): void {
  for (const [key, value] of Object.entries(withManagedBy(tags))) {
    Tags.of(scope).add(key, value);
  }
}
