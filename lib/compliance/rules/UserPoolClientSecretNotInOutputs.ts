import { CfnOutput, CfnResource, Stack } from 'aws-cdk-lib';
import { CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { CognitoRule, compliantIf } from '../cognito-rule';
import { getAttsIn, logicalIdOf, resolveValue } from '../resolve';

export const UserPoolClientSecretNotInOutputs: CognitoRule = {
  id: 'COG9',
  name: 'UserPoolClientSecretNotInOutputs',
  level: NagMessageLevel.ERROR,
  info: 'The Cognito app client\'s secret is exposed in a stack output.',
  explanation: 'Stack outputs are plain text to anyone who can describe the stack, and they are copied into deployment logs and CI artifacts. A client secret there is a leaked credential.',
  fix: 'Remove the output. Store the secret in AWS Secrets Manager (for example `new secretsmanager.Secret(this, \'ClientSecret\', { secretStringValue: client.userPoolClientSecret })`) and output the secret\'s ARN instead.',
  check(node: CfnResource): NagRuleCompliance {
    if (!(node instanceof CfnUserPoolClient)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    const stack = Stack.of(node);
    const secretHolders = secretHoldersOf(node);
    const outputs = stack.node.findAll().filter((c): c is CfnOutput => c instanceof CfnOutput && Stack.of(c) === stack);
    return compliantIf(!outputs.some((output) =>
      getAttsIn(resolveValue(output, output.value)).some(([logicalId, attribute]) =>
        attribute.endsWith('ClientSecret') && secretHolders.has(logicalId))));
  },
};

/**
 * Logical IDs whose `…ClientSecret` attribute is this client's secret: the client itself and, for
 * an L2 client, the resources it owns (its `userPoolClientSecret` is a custom resource that calls
 * DescribeUserPoolClient and exposes `UserPoolClient.ClientSecret`).
 */
function secretHoldersOf(client: CfnUserPoolClient): Set<string> {
  const holders = new Set([logicalIdOf(client)]);
  const owner = client.node.scope;
  if (owner && owner.node.defaultChild === client) {
    owner.node.findAll()
      .filter((c): c is CfnResource => CfnResource.isCfnResource(c))
      .forEach((resource) => holders.add(logicalIdOf(resource)));
  }
  return holders;
}
