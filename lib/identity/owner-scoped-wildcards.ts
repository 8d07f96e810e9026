import { Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { IConstruct } from 'constructs';

const REASON = 'The wildcard ends an object ARN beneath ${cognito-identity.amazonaws.com:sub}/ or ${aws:PrincipalTag/tenant_id}/, '
  + 'so it spans only the caller\'s own or their tenant\'s folder.';

/**
 * Acknowledges AwsSolutions-IAM5 for exactly the owner-scoped object ARNs of these statements,
 * finding by finding, so any other wildcard added to the same policy is still reported.
 */
export function acknowledgeOwnerScopedWildcards(policy: IConstruct, statements: iam.PolicyStatement[], ownerVariable: string): void {
  const stack = Stack.of(policy);
  for (const resource of statements.flatMap((statement) => statement.resources)) {
    const flat = flattenReference(stack.resolve(resource));
    if (flat.includes('*') && flat.endsWith(`${flattenReference(ownerVariable)}/*`)) {
      Validations.of(policy).acknowledge({ id: `AwsSolutions-IAM5[Resource::${flat}]`, reason: REASON });
    }
  }
}

/** A resolved CloudFormation value as the nag packs print it in a finding id. */
function flattenReference(node: unknown): string {
  if (typeof node === 'string') {
    return node.replace(/\$\{/g, '<').replace(/\}/g, '>');
  }
  const value = node as { [fn: string]: any };
  if (value['Fn::Join']) {
    const [delimiter, parts] = value['Fn::Join'];
    return parts.map(flattenReference).join(delimiter);
  }
  if (value['Fn::GetAtt']) {
    const [resource, attribute] = value['Fn::GetAtt'];
    return `<${flattenReference(resource)}.${flattenReference(attribute)}>`;
  }
  if (value.Ref !== undefined) {
    return `<${flattenReference(value.Ref)}>`;
  }
  if (value['Fn::Sub'] !== undefined) {
    return flattenReference(value['Fn::Sub']);
  }
  if (value['Fn::ImportValue'] !== undefined) {
    return flattenReference(value['Fn::ImportValue']);
  }
  return JSON.stringify(node);
}
