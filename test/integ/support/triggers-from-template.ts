import { dirname, join } from 'node:path';
import { FileSystem } from 'aws-cdk-lib';
import { bundlePath, REPOSITORY_ROOT, triggerNames } from './bundled-triggers';
import { arnTarget, CfnTemplate, onlyResourceOfType } from './synthesized-template';

/** A trigger as deployed: the bundle its function runs and the environment the construct gives it. */
export interface SynthesizedTrigger {
  readonly bundle: string;
  readonly environment: Record<string, string>;
}

/** cognito-local's trigger names, by the `LambdaConfig` property that wires each. */
const EMULATOR_TRIGGER_OF: Record<string, string> = {
  PreSignUp: 'PreSignUp',
  PostConfirmation: 'PostConfirmation',
  PreTokenGeneration: 'PreTokenGeneration',
  // The V2 and V3 wiring; the emulator sends the V1 event to whichever function it names.
  PreTokenGenerationConfig: 'PreTokenGeneration',
  CustomMessage: 'CustomMessage',
  UserMigration: 'UserMigration',
  PostAuthentication: 'PostAuthentication',
};

function functionArnOf(property: string, value: unknown): unknown {
  return property === 'PreTokenGenerationConfig' ? (value as { LambdaArn?: unknown }).LambdaArn : value;
}

/** Bundle names by the asset hash CDK gives their directory (the `S3Key` of a `Code.fromAsset` function). */
function bundlesByAssetHash(): Map<string, string> {
  return new Map(triggerNames().map((name) => [FileSystem.fingerprint(dirname(join(REPOSITORY_ROOT, bundlePath(name)))), name]));
}

function bundleOf(functionId: string, code: { S3Key?: unknown } | undefined, bundles: Map<string, string>): string {
  const assetHash = String(code?.S3Key ?? '').replace(/\.zip$/, '');
  const bundle = bundles.get(assetHash);
  if (bundle === undefined) {
    throw new Error(`${functionId} deploys no bundle in assets/lambda (asset ${assetHash}): run "npx projen bundle"`);
  }
  return bundle;
}

function literalEnvironment(functionId: string, variables: Record<string, unknown>): Record<string, string> {
  for (const [name, value] of Object.entries(variables)) {
    if (typeof value !== 'string') {
      // A token would reach the handler as whatever the deployment resolves it to, which no test sees.
      throw new Error(`${functionId} sets ${name} to a value only known at deployment: ${JSON.stringify(value)}`);
    }
  }
  return variables as Record<string, string>;
}

/**
 * Follows the pool's `LambdaConfig` to each trigger's `AWS::Lambda::Function`, by the logical id
 * in its `Fn::GetAtt`, and returns, by cognito-local trigger name, the bundle that function
 * deploys and its `Environment.Variables`. A trigger the emulator cannot call fails the lookup.
 */
export function triggersFromTemplate(template: CfnTemplate): Record<string, SynthesizedTrigger> {
  const [poolId, pool] = onlyResourceOfType(template, 'AWS::Cognito::UserPool');
  const lambdaConfig = (pool.Properties?.LambdaConfig ?? {}) as Record<string, unknown>;
  const bundles = bundlesByAssetHash();
  const triggers: Record<string, SynthesizedTrigger> = {};
  for (const [property, value] of Object.entries(lambdaConfig)) {
    const trigger = EMULATOR_TRIGGER_OF[property];
    if (trigger === undefined) {
      throw new Error(`${poolId}.LambdaConfig.${property} wires a trigger cognito-local does not call`);
    }
    const functionId = arnTarget(functionArnOf(property, value), `${poolId}.LambdaConfig.${property}`);
    const fn = template.Resources[functionId];
    if (fn?.Type !== 'AWS::Lambda::Function') {
      throw new Error(`${poolId}.LambdaConfig.${property} names ${functionId}, which is not a Lambda function`);
    }
    const properties = fn.Properties ?? {};
    const variables = (properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
    triggers[trigger] = {
      bundle: bundleOf(functionId, properties.Code as { S3Key?: unknown } | undefined, bundles),
      environment: literalEnvironment(functionId, variables),
    };
  }
  return triggers;
}
