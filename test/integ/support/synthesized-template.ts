import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';

/** A resource of a synthesized CloudFormation template. */
export interface CfnResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
}

/** A synthesized CloudFormation template, as `Template.toJSON()` returns it. */
export interface CfnTemplate {
  readonly Resources: Record<string, CfnResource>;
}

/**
 * Synthesizes a stack holding what `define` adds and returns its template: the configuration a
 * deployment of the constructs would create, not a hand-written copy of it.
 */
export function synthesizeTemplate(define: (stack: Stack) => void): CfnTemplate {
  const stack = new Stack(undefined, 'Integration', { env: { account: '123456789012', region: 'eu-west-1' } });
  define(stack);
  return Template.fromStack(stack).toJSON() as CfnTemplate;
}

/** The template's resources of one type, by logical id. */
export function resourcesOfType(template: CfnTemplate, type: string): Record<string, CfnResource> {
  return Object.fromEntries(Object.entries(template.Resources).filter(([, resource]) => resource.Type === type));
}

/** The one resource of a type; the translation is only defined for a template with exactly one. */
export function onlyResourceOfType(template: CfnTemplate, type: string): [string, CfnResource] {
  const entries = Object.entries(resourcesOfType(template, type));
  if (entries.length !== 1) {
    throw new Error(`Expected one ${type} in the template, found ${entries.length}`);
  }
  return entries[0];
}

/** The logical id an `{ "Fn::GetAtt": [id, "Arn"] }` names. */
export function arnTarget(value: unknown, where: string): string {
  const getAtt = (value as { 'Fn::GetAtt'?: unknown } | undefined)?.['Fn::GetAtt'];
  if (!Array.isArray(getAtt) || getAtt[1] !== 'Arn' || typeof getAtt[0] !== 'string') {
    throw new Error(`${where} is not an Fn::GetAtt of an Arn: ${JSON.stringify(value)}`);
  }
  return getAtt[0];
}

/**
 * Fails on a CloudFormation intrinsic (`Ref`, `Fn::*`) anywhere in the value: the emulator gets
 * literal settings only, so a value that depends on the deployment cannot be copied to it.
 */
export function requireLiteral<T>(value: T, where: string): T {
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${path}[${index}]`));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'Ref' || key.startsWith('Fn::')) {
          throw new Error(`${path} is not a literal value: ${JSON.stringify(node)}`);
        }
        visit(child, `${path}.${key}`);
      }
    }
  };
  visit(value, where);
  return value;
}
