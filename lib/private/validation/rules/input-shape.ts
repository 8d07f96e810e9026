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

function checkStruct(at: string, value: unknown, shape: StructShape): Violation[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ prop: at || shape.name, value, detail: `must be a ${shape.name} object (received ${kindOf(value)})` }];
  }
  const known = Object.keys(shape.fields);
  return Object.entries(value).flatMap(([key, entry]): Violation[] => {
    const prop = at ? `${at}.${key}` : key;
    const field = shape.fields[key];
    if (field === undefined) {
      if (entry === undefined) {
        return [];
      }
      const suggestion = closestKey(key, known);
      return [{ prop, value: entry, detail: `is not a setting of ${shape.name}${suggestion ? `: did you mean ${suggestion}?` : ''}` }];
    }
    return checkField(prop, entry, field);
  });
}

function checkField(prop: string, value: unknown, field: FieldShape): Violation[] {
  if (value === undefined || value === null || field.type === 'any' || Token.isUnresolved(value)) {
    return [];
  }
  switch (field.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value === field.type ? [] : [{ prop, value, detail: `must be a ${field.type} (received ${kindOf(value)})` }];
    case 'list':
      // An empty entry (a trailing comma in JavaScript, None in Python) is never meant: report it, never read it.
      return Array.isArray(value)
        ? value.flatMap((entry, index) => (entry === undefined || entry === null
          ? [{ prop: `${prop}[${index}]`, value: entry, detail: 'a list entry cannot be null or undefined' }]
          : checkField(`${prop}[${index}]`, entry, field.of!)))
        : [{ prop, value, detail: `must be a list (received ${kindOf(value)})` }];
    case 'map':
      return typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value as object).flatMap(([key, entry]) => checkField(`${prop}.${key}`, entry, field.of!))
        : [{ prop, value, detail: `must be a map of names to values (received ${kindOf(value)})` }];
    default:
      return checkStruct(prop, value, field.struct!);
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
