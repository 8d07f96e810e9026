/** A resource as it appears in a synthesized template. */
export interface TemplateResource {
  readonly Type: string;
  readonly Properties?: { [name: string]: any };
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

const RETAINING_POLICIES = ['Retain', 'RetainExceptOnCreate'];

/**
 * The `Resources` section of a template, after checking that the argument is a template.
 * @param argument name of the argument, for the error message
 */
export function resourcesOf(template: any, argument: string): { [logicalId: string]: TemplateResource } {
  if (typeof template !== 'object' || template === null || Array.isArray(template)) {
    throw new Error(`${argument} must be a synthesized CloudFormation template object, e.g. Template.fromStack(stack).toJSON() (received: ${describe(template)})`);
  }
  const resources = template.Resources ?? {};
  if (typeof resources !== 'object' || Array.isArray(resources)) {
    throw new Error(`${argument}.Resources must be an object of resources keyed by logical ID (received: ${describe(resources)})`);
  }
  return resources;
}

/** True if CloudFormation keeps the resource when the stack stops managing it. */
export function isRetainedOnDelete(resource: TemplateResource): boolean {
  return RETAINING_POLICIES.includes(resource.DeletionPolicy ?? 'Delete');
}

/** True if CloudFormation keeps the old resource when it replaces it. */
export function isRetainedOnReplace(resource: TemplateResource): boolean {
  return resource.UpdateReplacePolicy === 'Retain';
}

export function isCognitoType(resourceType: unknown): resourceType is string {
  return typeof resourceType === 'string' && resourceType.startsWith('AWS::Cognito::');
}

/** Structural equality of two rendered template values. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as any)[key])]));
  }
  return value;
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}
