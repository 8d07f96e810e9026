import { RefusedChange, RenderedProperties } from './refused-update';
import { isLiteral, show } from './rendered-values';

// Every pool has these; a template declares one only to make it required or immutable.
const STANDARD_ATTRIBUTES = new Set([
  'address', 'birthdate', 'email', 'email_verified', 'family_name', 'gender', 'given_name', 'identities', 'locale',
  'middle_name', 'name', 'nickname', 'phone_number', 'phone_number_verified', 'picture', 'preferred_username',
  'profile', 'sub', 'updated_at', 'website', 'zoneinfo',
]);

// What an undeclared standard attribute is: optional and mutable.
const STANDARD_DEFAULTS: { [field: string]: unknown } = { Required: false, Mutable: true };

/** One `Schema` entry as rendered, keyed by the name Cognito gives it. */
interface DeclaredAttribute {
  readonly standard: boolean;
  readonly entry: { readonly [field: string]: unknown };
}

/** The declared schema attributes by name; undefined when the schema is computed at deploy time. */
function declaredAttributes(properties: RenderedProperties): Map<string, DeclaredAttribute> | undefined {
  const schema = properties.Schema ?? [];
  if (!Array.isArray(schema) || !isLiteral(schema)) {
    return undefined;
  }
  const attributes = new Map<string, DeclaredAttribute>();
  for (const entry of schema) {
    if (typeof entry?.Name !== 'string') {
      return undefined;
    }
    const prefixed = /^(custom|dev):/.test(entry.Name);
    const name = entry.Name.replace(/^(custom|dev):/, '');
    // Hand-written templates often give standard attributes a data type too: the name decides.
    attributes.set(name, { standard: !prefixed && STANDARD_ATTRIBUTES.has(name), entry });
  }
  return attributes;
}

/** How a field of one attribute compares before and after. */
export interface AttributeFieldChange {
  readonly name: string;
  readonly standard: boolean;
  /** Whether the attribute is declared in the template before and after the upgrade. */
  readonly declaredBefore: boolean;
  readonly declaredAfter: boolean;
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * Every attribute whose `field` differs between the two templates. An attribute that exists in
 * the pool but is not declared has Cognito's values: a standard attribute is optional and
 * mutable, a custom attribute that was never declared does not exist yet (adding it is allowed).
 */
export function attributeFieldChanges(field: string, before: RenderedProperties, after: RenderedProperties): AttributeFieldChange[] {
  const old = declaredAttributes(before);
  const next = declaredAttributes(after);
  if (old === undefined || next === undefined) {
    return [];
  }
  const changes: AttributeFieldChange[] = [];
  for (const name of [...new Set([...old.keys(), ...next.keys()])].sort()) {
    const was = old.get(name);
    const is = next.get(name);
    const standard = (was ?? is)!.standard;
    if (!was && !standard) {
      continue;
    }
    const valueOf = (attribute: DeclaredAttribute | undefined) =>
      attribute?.entry[field] ?? (standard ? STANDARD_DEFAULTS[field] : undefined);
    const beforeValue = valueOf(was);
    const afterValue = valueOf(is);
    if (JSON.stringify(normalise(beforeValue)) !== JSON.stringify(normalise(afterValue))) {
      changes.push({ name, standard, declaredBefore: was !== undefined, declaredAfter: is !== undefined, before: beforeValue, after: afterValue });
    }
  }
  return changes;
}

/**
 * A refused change to `field` of each attribute declared in both templates. With
 * `standardDefaults`, a standard attribute declared on one side only is compared with
 * Cognito's values for an undeclared one (optional, mutable).
 */
export function changedField(field: string, before: RenderedProperties, after: RenderedProperties, standardDefaults: boolean): RefusedChange[] {
  return attributeFieldChanges(field, before, after)
    .filter((change) => (change.declaredBefore && change.declaredAfter) || (change.standard && standardDefaults))
    // A field left out on one side has a value only Cognito knows: no claim is made about it.
    .filter((change) => change.before !== undefined && change.after !== undefined)
    .map((change) => ({ property: `Schema.${change.name}.${field}`, detail: `${show(change.before)} → ${show(change.after)}` }));
}

/** Custom attributes declared before and gone after. */
export function removedCustomAttributes(before: RenderedProperties, after: RenderedProperties): string[] {
  const old = declaredAttributes(before);
  const next = declaredAttributes(after);
  if (old === undefined || next === undefined) {
    return [];
  }
  return [...old.entries()].filter(([name, attribute]) => !attribute.standard && !next.has(name)).map(([name]) => name).sort();
}

// Constraints render as strings ("1") or numbers (1) depending on who wrote the template.
function normalise(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, normalise((value as any)[key])]));
  }
  return value;
}
