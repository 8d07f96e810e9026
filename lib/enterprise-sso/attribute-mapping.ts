import * as cognito from 'aws-cdk-lib/aws-cognito';
import { PoolSchema, STANDARD_ATTRIBUTE_NAMES } from '../private/validation/pool-schema';

/** One pool attribute a mapping writes: where the user wrote it and Cognito's name for it. */
export interface MappingTarget {
  readonly prop: string;
  readonly attribute: string;
}

/** The pool attributes a mapping writes. */
export function mappingTargets(mapping: cognito.AttributeMapping | undefined): MappingTarget[] {
  const { custom, ...standard } = mapping ?? {};
  const targets: MappingTarget[] = Object.entries(standard)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => ({ prop: `attributeMapping.${key}`, attribute: STANDARD_ATTRIBUTE_NAMES[key] ?? key }));
  for (const key of Object.keys(custom ?? {})) {
    targets.push({ prop: `attributeMapping.custom.${key}`, attribute: key });
  }
  return targets;
}

/** `over` merged onto `base`, attribute by attribute. */
export function mergeMappings(base: cognito.AttributeMapping, over: cognito.AttributeMapping | undefined): cognito.AttributeMapping {
  const custom = { ...base.custom, ...over?.custom };
  return { ...base, ...over, custom: Object.keys(custom).length > 0 ? custom : undefined };
}

/**
 * A preset narrowed to what the pool can take: custom attributes the pool lacks, or cannot
 * update, are left out, because a preset is a suggestion and not something the user asked for.
 */
export function fitToPool(mapping: cognito.AttributeMapping, schema: PoolSchema): cognito.AttributeMapping {
  const custom = Object.fromEntries(Object.entries(mapping.custom ?? {}).filter(([attribute]) => schema.mutable[attribute] === true));
  const standard = Object.fromEntries(Object.entries(mapping)
    .filter(([key]) => key !== 'custom')
    .filter(([key]) => schema.mutable[STANDARD_ATTRIBUTE_NAMES[key] ?? key] !== false));
  return { ...standard, custom: Object.keys(custom).length > 0 ? custom : undefined };
}
