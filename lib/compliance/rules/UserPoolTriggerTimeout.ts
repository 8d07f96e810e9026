import { CfnResource } from 'aws-cdk-lib';
import { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { CognitoRule, compliantIf } from '../cognito-rule';
import { cfnResourcesInStackOf, getAttsIn, literal, logicalIdOf, resolveValue } from '../resolve';

/** Cognito waits this long for a synchronous trigger before failing the request. */
const COGNITO_TRIGGER_WAIT_SECONDS = 5;

// Cognito invokes custom sender triggers asynchronously, so the wait limit does not apply to them.
const ASYNCHRONOUS_TRIGGERS = ['customEmailSender', 'customSmsSender'];

export const UserPoolTriggerTimeout: CognitoRule = {
  id: 'COG12',
  name: 'UserPoolTriggerTimeout',
  level: NagMessageLevel.WARN,
  info: `The Lambda function is a Cognito user pool trigger with a timeout above ${COGNITO_TRIGGER_WAIT_SECONDS} seconds.`,
  explanation: `Cognito waits at most ${COGNITO_TRIGGER_WAIT_SECONDS} seconds for a trigger and then fails the user's request (and retries up to three times). A longer function timeout only hides the failure: the function keeps running, and may act, after the user has already seen an error.`,
  fix: `Set the function's \`timeout\` to at most ${COGNITO_TRIGGER_WAIT_SECONDS} seconds and make slow work asynchronous (for example, hand it to a queue).`,
  check(node: CfnResource): NagRuleCompliance {
    if (!(node instanceof CfnFunction)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    const timeout = literal(node, node.timeout);
    if (typeof timeout !== 'number' || !isSynchronousTrigger(node)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    return compliantIf(timeout <= COGNITO_TRIGGER_WAIT_SECONDS);
  },
};

/** True if a user pool in the same stack calls this function as a synchronous trigger. */
function isSynchronousTrigger(fn: CfnFunction): boolean {
  const functionId = logicalIdOf(fn);
  return cfnResourcesInStackOf(fn)
    .filter((resource): resource is CfnUserPool => resource instanceof CfnUserPool)
    .some((pool) => getAttsIn(synchronousTriggers(resolveValue(pool, pool.lambdaConfig)))
      .some(([logicalId, attribute]) => logicalId === functionId && attribute === 'Arn'));
}

function synchronousTriggers(lambdaConfig: unknown): unknown {
  if (typeof lambdaConfig !== 'object' || lambdaConfig === null) {
    return undefined;
  }
  return Object.fromEntries(Object.entries(lambdaConfig).filter(([trigger]) => !ASYNCHRONOUS_TRIGGERS.includes(trigger)));
}
