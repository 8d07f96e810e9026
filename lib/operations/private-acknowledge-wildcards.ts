import { Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * Acknowledges AwsSolutions-IAM5 for each wildcard resource the policy names, one finding at a
 * time, so that a wildcard added later is still reported. The finding ids flatten CloudFormation
 * references the way cdk-nag does: `<LogicalId>`, `<LogicalId.Attribute>`, joins concatenated.
 */
export function acknowledgeWildcardResources(policy: iam.ManagedPolicy, reason: string): void {
  const document = Stack.of(policy).resolve(policy.document) as { Statement?: Array<{ Resource?: unknown }> };
  for (const statement of document.Statement ?? []) {
    for (const resource of [statement.Resource ?? []].flat()) {
      const finding = flattenReference(resource);
      if (finding.includes('*')) {
        Validations.of(policy).acknowledge({ id: `AwsSolutions-IAM5[Resource::${finding}]`, reason });
      }
    }
  }
}

function flattenReference(node: unknown): string {
  if (typeof node === 'string') {
    return node.replace(/\${/g, '<').replace(/}/g, '>');
  }
  const reference = node as Record<string, unknown>;
  if (Array.isArray(reference['Fn::Join'])) {
    const [delimiter, items] = reference['Fn::Join'] as [string, unknown[]];
    return items.map(flattenReference).join(delimiter);
  }
  if (Array.isArray(reference['Fn::GetAtt'])) {
    const [resource, attribute] = reference['Fn::GetAtt'] as unknown[];
    return `<${flattenReference(resource)}.${flattenReference(attribute)}>`;
  }
  if (reference.Ref !== undefined) {
    return `<${flattenReference(reference.Ref)}>`;
  }
  return JSON.stringify(node);
}
