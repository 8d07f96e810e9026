import { Aws, Fn, Names } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * A log group name under `prefix` that is unique to the construct and to this deployment of its
 * stack: a retained group left by a deleted stack never blocks the stack from being created again.
 */
export function recreatableLogGroupName(scope: IConstruct, prefix: string): string {
  const stackIdSuffix = Fn.select(2, Fn.split('/', Aws.STACK_ID));
  return `${prefix}${Names.uniqueResourceName(scope, { maxLength: 160, separator: '-' })}-${stackIdSuffix}`;
}
