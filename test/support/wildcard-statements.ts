import { TemplateJson } from './template-difference';

/**
 * Every action a template allows or denies on `Resource: '*'`, as `<LogicalId> <Effect> <action>`:
 * identity policies, roles' inline policies and resource policies alike, wherever a `Statement`
 * list sits in a resource's properties. One entry per action, so merging or splitting statements
 * (as `@aws-cdk/aws-iam:minimizePolicies` does) leaves the list unchanged.
 */
export function wildcardResourceActions(template: TemplateJson): string[] {
  const found = new Set<string>();
  for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
    for (const statement of statements((resource as { Properties?: unknown }).Properties)) {
      const resources = ([] as unknown[]).concat(statement.Resource ?? []);
      if (resources.includes('*')) {
        const negated = statement.NotAction !== undefined;
        for (const action of ([] as unknown[]).concat(statement.Action ?? statement.NotAction ?? [])) {
          found.add(`${logicalId} ${String(statement.Effect)} ${negated ? 'not ' : ''}${String(action)}`);
        }
      }
    }
  }
  return [...found].sort();
}

function statements(value: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(value)) {
    return value.flatMap(statements);
  }
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  const object = value as Record<string, unknown>;
  const own = Array.isArray(object.Statement) ? object.Statement.filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null) : [];
  return [...own, ...Object.entries(object).filter(([key]) => key !== 'Statement').flatMap(([, child]) => statements(child))];
}
