/** What a value must look like: a primitive, a list, a map, a struct or anything. */
export interface FieldShape {
  readonly type: 'string' | 'number' | 'boolean' | 'list' | 'map' | 'struct' | 'any';
  /** The entries' shape, for lists and maps. */
  readonly of?: FieldShape;
  /** The struct's keys, for structs. */
  readonly struct?: StructShape;
}

/**
 * A struct's known keys, named after its TypeScript interface. A unit test compares every
 * declared key list with the interface, so the lists cannot drift from the API.
 */
export interface StructShape {
  /** The interface name, as users see it in the API reference. */
  readonly name: string;
  /** The module that exports the interface: this library or `aws-cognito`. */
  readonly module: 'lib' | 'aws-cognito';
  readonly fields: { readonly [key: string]: FieldShape };
}

export const STRING: FieldShape = { type: 'string' };
export const NUMBER: FieldShape = { type: 'number' };
export const BOOLEAN: FieldShape = { type: 'boolean' };
/** Class instances (durations, roles, enums) and values the L2 checks itself. */
export const ANY: FieldShape = { type: 'any' };

export function listOf(of: FieldShape): FieldShape {
  return { type: 'list', of };
}

export function mapOf(of: FieldShape): FieldShape {
  return { type: 'map', of };
}

export function nested(struct: StructShape): FieldShape {
  return { type: 'struct', struct };
}

export function libStruct(name: string, fields: { [key: string]: FieldShape }): StructShape {
  return { name, module: 'lib', fields };
}

export function cognitoStruct(name: string, fields: { [key: string]: FieldShape }): StructShape {
  return { name, module: 'aws-cognito', fields };
}
