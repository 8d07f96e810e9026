import { Token } from 'aws-cdk-lib';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { closestKey } from '../shapes/closest-key';
import { FieldShape, StructShape } from '../shapes/shape';

/** A value as received at run time — from JavaScript or through jsii — and the struct it should be. */
export interface ShapeSubject {
  readonly value: unknown;
  readonly shape: StructShape;
}

export const INPUT_SHAPE_RULE: SynthRule<ShapeSubject> = {
  id: 'CE-INPUT-SHAPE',
  appliesTo: 'any construct',
  statement: 'props use the documented keys (camelCase, also inside lists) with values of the documented types; an unknown key would be silently ignored',
  source: 'this library\'s API reference (API.md); jsii passes dicts inside lists to JavaScript unchanged',
  severity: RuleSeverity.ERROR,
  check: ({ value, shape }) => checkStruct('', value, shape),
};

// Written as loops into one list: the check runs on every prop of every construct, and nearly
// always finds nothing.
function checkStruct(at: string, value: unknown, shape: StructShape, violations: Violation[] = []): Violation[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    violations.push({ prop: at || shape.name, value, detail: `must be a ${shape.name} object (received ${kindOf(value)})` });
    return violations;
  }
  for (const key of Object.keys(value)) {
    const entry = (value as { [key: string]: unknown })[key];
    const prop = at ? `${at}.${key}` : key;
    const field = shape.fields[key];
    if (field !== undefined) {
      checkField(prop, entry, field, violations);
    } else if (entry !== undefined) {
      const suggestion = closestKey(key, Object.keys(shape.fields));
      violations.push({ prop, value: entry, detail: `is not a setting of ${shape.name}${suggestion ? `: did you mean ${suggestion}?` : ''}` });
    }
  }
  return violations;
}

function checkField(prop: string, value: unknown, field: FieldShape, violations: Violation[]): void {
  if (value === undefined || value === null || field.type === 'any') {
    return;
  }
  if (field.type === 'string' || field.type === 'number' || field.type === 'boolean') {
    // A token of the right type passes like any value of it; only a mismatch asks whether it is a token.
    if (typeof value !== field.type && !Token.isUnresolved(value)) {
      violations.push({ prop, value, detail: `must be a ${field.type} (received ${kindOf(value)})` });
    }
    return;
  }
  // A list token's entry (`#{Token[...]}`) is recognised only with its list.
  if (Token.isUnresolved(value)) {
    return;
  }
  if (field.type === 'struct') {
    checkStruct(prop, value, field.struct!, violations);
  } else if (field.type === 'list') {
    if (!Array.isArray(value)) {
      violations.push({ prop, value, detail: `must be a list (received ${kindOf(value)})` });
      return;
    }
    // An empty entry (a trailing comma in JavaScript, None in Python) is never meant: report it, never read it.
    value.forEach((entry, index) => {
      if (entry === undefined || entry === null) {
        violations.push({ prop: `${prop}[${index}]`, value: entry, detail: 'a list entry cannot be null or undefined' });
      } else {
        checkField(`${prop}[${index}]`, entry, field.of!, violations);
      }
    });
  } else if (typeof value === 'object' && !Array.isArray(value)) {
    for (const key of Object.keys(value)) {
      checkField(`${prop}.${key}`, (value as { [key: string]: unknown })[key], field.of!, violations);
    }
  } else {
    violations.push({ prop, value, detail: `must be a map of names to values (received ${kindOf(value)})` });
  }
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (value === null) {
    return 'null';
  }
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
