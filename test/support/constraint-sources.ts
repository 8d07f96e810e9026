/**
 * Extracts, reproducibly, the constraints Cognito's resources are checked against:
 * - CloudFormation's resource provider schemas of every Cognito resource type the library creates,
 *   as bundled (zstd frames) in aws-cdk-lib's offline template validator: patterns, lengths, item
 *   counts, ranges, enums and required properties, property by property;
 * - the Cognito API reference, as shipped in the SDK's doc comments: every member of the create
 *   and set requests (and the types they contain) whose text says must, cannot, throws or only if.
 * Only facts are kept (paths, limits, the words that matched), never the reference's prose.
 *
 * Regenerate test/support/cognito-constraint-sources.json with (needs the `zstd` command):
 *   npx ts-node -P test/tsconfig.json test/support/constraint-sources.ts
 */
import { spawnSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';

export const RESOURCE_TYPES = [
  'AWS::Cognito::UserPool', 'AWS::Cognito::UserPoolClient', 'AWS::Cognito::UserPoolDomain', 'AWS::Cognito::UserPoolGroup',
  'AWS::Cognito::UserPoolIdentityProvider', 'AWS::Cognito::UserPoolResourceServer', 'AWS::Cognito::ManagedLoginBranding',
  'AWS::Cognito::IdentityPool', 'AWS::Cognito::IdentityPoolRoleAttachment', 'AWS::Cognito::LogDeliveryConfiguration',
];

/** The API requests whose members the library sets through CloudFormation. */
export const API_REQUESTS = [
  'CreateUserPoolRequest', 'CreateUserPoolClientRequest', 'CreateUserPoolDomainRequest', 'CreateGroupRequest',
  'CreateIdentityProviderRequest', 'CreateResourceServerRequest', 'CreateManagedLoginBrandingRequest',
  'SetLogDeliveryConfigurationRequest', 'SetUserPoolMfaConfigRequest', 'TagResourceRequest',
];

/** One constraint of one schema property, e.g. `AWS::Cognito::UserPoolClient CallbackURLs`: `maxItems 100`. */
export interface SchemaConstraint {
  readonly key: string;
  readonly constraint: string;
}

/** One API member whose reference text states a constraint, with the words that did. */
export interface ApiConstraint {
  readonly key: string;
  readonly says: string[];
}

export interface ConstraintSources {
  readonly schema: SchemaConstraint[];
  readonly api: ApiConstraint[];
}

const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

/** The validator's bundled provider schemas, keyed by resource type. */
export function bundledSchemas(): { [type: string]: any } {
  const validator = dirname(require.resolve('@aws/cloudformation-validate/package.json', { paths: [dirname(require.resolve('aws-cdk-lib/package.json'))] }));
  const wasm = readFileSync(join(validator, 'bindings_wasm_bg.wasm'));
  for (let offset = wasm.indexOf(ZSTD_MAGIC); offset >= 0; offset = wasm.indexOf(ZSTD_MAGIC, offset + 1)) {
    // zstd decodes the frame at the offset and stops at whatever follows it.
    const out = spawnSync('zstd', ['-dcq'], { input: wasm.subarray(offset), maxBuffer: 256 * 1024 * 1024 });
    const text = out.stdout?.toString('utf-8') ?? '';
    if (text.startsWith('{') && text.includes('"type_name":"AWS::Cognito::UserPool"')) {
      return JSON.parse(text);
    }
  }
  throw new Error('no provider schemas found in the validator');
}

function describeLimits(node: any): string[] {
  const parts: string[] = [];
  if (node.pattern !== undefined) parts.push(`pattern ${node.pattern}`);
  if (node.min_length !== undefined || node.max_length !== undefined) parts.push(`length ${node.min_length ?? 0}–${node.max_length ?? '∞'}`);
  if (node.min_items !== undefined || node.max_items !== undefined) parts.push(`items ${node.min_items ?? 0}–${node.max_items ?? '∞'}`);
  if (node.minimum !== undefined || node.maximum !== undefined) parts.push(`range ${node.minimum ?? '-∞'}–${node.maximum ?? '∞'}`);
  if (node.enum !== undefined) parts.push(`enum ${node.enum.join(', ')}`);
  if (node.unique_items) parts.push('unique items');
  return parts;
}

/** Every constraint of a resource type's schema, property path by property path. */
export function schemaConstraints(type: string, schema: any): SchemaConstraint[] {
  const out: SchemaConstraint[] = [];
  const definitions = schema.definitions ?? {};
  const walk = (properties: any, required: string[], path: string, seen: string[]) => {
    for (const [name, node] of Object.entries<any>(properties ?? {})) {
      const at = path ? `${path}.${name}` : name;
      const key = `${type} ${at}`;
      if (required.includes(name)) out.push({ key, constraint: 'required' });
      for (const part of describeLimits(node)) out.push({ key, constraint: part });
      if (node.items) for (const part of describeLimits(node.items)) out.push({ key: `${key}[]`, constraint: part });
      for (const [pattern, value] of Object.entries<any>(node.pattern_properties ?? {})) {
        out.push({ key: `${key}{}`, constraint: `keys ${pattern}` });
        for (const part of describeLimits(value ?? {})) out.push({ key: `${key}{}`, constraint: `values ${part}` });
      }
      const ref = node.ref_name ?? node.items?.ref_name;
      if (ref && definitions[ref] && !seen.includes(ref)) {
        walk(definitions[ref].properties, definitions[ref].required ?? [], node.items ? `${at}[]` : at, [...seen, ref]);
      }
    }
  };
  walk(schema.properties, schema.required ?? [], '', []);
  for (const branch of schema.if_then_else ?? []) {
    for (const [name, node] of Object.entries<any>(branch.then_schema?.properties ?? {})) {
      for (const part of describeLimits(node)) out.push({ key: `${type} ${name}`, constraint: `when ${JSON.stringify(branch.condition)}: ${part}` });
    }
  }
  return out;
}

const CONSTRAINT_WORDS = /\b(must|cannot|can't|throws|only if)\b/gi;

/** API members, reachable from the requests above, whose reference text states a constraint. */
export function apiConstraints(): ApiConstraint[] {
  const models = join(dirname(require.resolve('@aws-sdk/client-cognito-identity-provider/package.json')), 'dist-types', 'models');
  const text = ['models_0.d.ts', 'models_1.d.ts'].map((file) => readFileSync(join(models, file), 'utf-8')).join('\n');
  const interfaces = new Map<string, Array<{ member: string; doc: string; type: string }>>();
  for (const match of text.matchAll(/export interface (\w+) \{([\s\S]*?)\n\}/g)) {
    const members = [...match[2].matchAll(/\/\*\*([\s\S]*?)\*\/\s*(\w+)\??: ([^;]+);/g)]
      .map(([, doc, member, type]) => ({ member, doc: doc.replace(/<[^>]+>/g, ' ').replace(/\s*\*\s*/g, ' '), type }));
    interfaces.set(match[1], members);
  }
  const out: ApiConstraint[] = [];
  const queue = [...API_REQUESTS];
  const visited = new Set<string>();
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (visited.has(name) || !interfaces.has(name)) continue;
    visited.add(name);
    for (const { member, doc, type } of interfaces.get(name)!) {
      const says = [...new Set([...doc.matchAll(CONSTRAINT_WORDS)].map((word) => word[1].toLowerCase()))].sort();
      if (says.length > 0) out.push({ key: `${name}.${member}`, says });
      queue.push(...(type.match(/\b[A-Z]\w+Type\b/g) ?? []));
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

export const SOURCES_FILE = join(__dirname, 'cognito-constraint-sources.json');

/** The constraints as extracted now, from the installed packages. */
export function extractConstraintSources(): ConstraintSources {
  const schemas = bundledSchemas();
  return {
    schema: RESOURCE_TYPES.flatMap((type) => schemaConstraints(type, schemas[type])),
    api: apiConstraints(),
  };
}

/** The constraints as last extracted and committed. */
export function committedConstraintSources(): ConstraintSources {
  return JSON.parse(readFileSync(SOURCES_FILE, 'utf-8'));
}

if (require.main === module) {
  writeFileSync(SOURCES_FILE, `${JSON.stringify(extractConstraintSources(), null, 2)}\n`);
}
