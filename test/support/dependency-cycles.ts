import { TemplateJson } from './template-difference';

/**
 * The dependency cycles among a template's resources (Ref, Fn::GetAtt, Fn::Sub and DependsOn),
 * each as the logical IDs around it. A cheap stand-in for CloudFormation's own check.
 */
export function dependencyCycles(template: TemplateJson): string[][] {
  const resources = (template.Resources ?? {}) as Record<string, Record<string, unknown>>;
  const edges = new Map<string, Set<string>>();
  for (const [id, resource] of Object.entries(resources)) {
    const targets = new Set<string>(([] as unknown[]).concat(resource.DependsOn ?? []).map(String));
    collectReferences(resource.Properties, targets);
    edges.set(id, new Set([...targets].filter((target) => target in resources)));
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (state.get(next) === 'visiting') {
        cycles.push(stack.slice(stack.indexOf(next)));
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...edges.keys()].sort()) {
    if (!state.has(id)) visit(id);
  }
  return cycles;
}

function collectReferences(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    value.forEach((item) => collectReferences(item, into));
    return;
  }
  if (typeof value !== 'object' || value === null) {
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'Ref' && typeof child === 'string') {
      into.add(child);
    } else if (key === 'Fn::GetAtt' && Array.isArray(child)) {
      into.add(String(child[0]));
    } else if (key === 'Fn::GetAtt' && typeof child === 'string') {
      into.add(child.split('.')[0]);
    } else if (key === 'Fn::Sub') {
      const text = Array.isArray(child) ? child[0] : child;
      for (const match of String(text).matchAll(/\$\{([^!}.]+)[^}]*\}/g)) {
        into.add(match[1]);
      }
      if (Array.isArray(child)) collectReferences(child[1], into);
    } else {
      collectReferences(child, into);
    }
  }
}
