import { join } from 'path';

/**
 * TypeScript `paths` that point the `aws-cdk-lib` package root at core's declarations. The root
 * re-exports every module of aws-cdk-lib (3,033 files to read, against 1,752), while the library,
 * the README's examples and the example app take only core's exports from it. This only removes
 * names: a program can fail for it (an `aws_s3` namespace from the root would not resolve) but
 * never compile when it should not.
 */
export function coreOnlyRootPaths(projectRoot: string): { [pattern: string]: string[] } {
  return { 'aws-cdk-lib': [join(projectRoot, 'node_modules', 'aws-cdk-lib', 'core', 'index.d.ts')] };
}
