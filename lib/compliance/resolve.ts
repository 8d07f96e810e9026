import { CfnResource, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** Resolves tokens in a value the way the template will render it. */
export function resolveValue(node: IConstruct, value: unknown): any {
  return Stack.of(node).resolve(value);
}

/** The logical ID a resource renders under. */
export function logicalIdOf(node: CfnResource): string {
  return resolveValue(node, node.logicalId);
}

/** True for a rendered intrinsic (`{ Ref }`, `{ 'Fn::…' }`), whose value is unknown at synth. */
export function isIntrinsic(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/** A resolved value if it is a known literal, otherwise undefined (absent or decided at deploy time). */
export function literal(node: IConstruct, value: unknown): any {
  const resolved = resolveValue(node, value);
  return isIntrinsic(resolved) ? undefined : resolved;
}

/** Every `Fn::GetAtt` in a rendered value, as [logicalId, attribute] pairs. */
export function getAttsIn(value: unknown): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  visit(value, (item) => {
    const getAtt = item['Fn::GetAtt'];
    if (Array.isArray(getAtt) && getAtt.length === 2) {
      found.push([String(getAtt[0]), String(getAtt[1])]);
    }
  });
  return found;
}

/** True if a rendered value contains `{ Ref: logicalId }` anywhere. */
export function refersTo(value: unknown, logicalId: string): boolean {
  let found = false;
  visit(value, (item) => {
    found = found || item.Ref === logicalId;
  });
  return found;
}

/** The CloudFormation resources that render into the same template as `node`. */
export function cfnResourcesInStackOf(node: IConstruct): CfnResource[] {
  const stack = Stack.of(node);
  return stack.node.findAll().filter((c): c is CfnResource => CfnResource.isCfnResource(c) && Stack.of(c) === stack);
}

function visit(value: unknown, onObject: (item: any) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item) => visit(item, onObject));
  } else if (typeof value === 'object' && value !== null) {
    onObject(value);
    Object.values(value).forEach((item) => visit(item, onObject));
  }
}
