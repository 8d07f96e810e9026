import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseUserPoolProps } from '../enterprise-user-pool/enterprise-user-pool-props';

/** Cognito's name of each standard attribute, by its key in `cognito.AttributeMapping`. */
const STANDARD_ATTRIBUTE_NAMES: { readonly [key: string]: string } = {
  address: 'address',
  birthdate: 'birthdate',
  email: 'email',
  emailVerified: 'email_verified',
  familyName: 'family_name',
  gender: 'gender',
  givenName: 'given_name',
  locale: 'locale',
  middleName: 'middle_name',
  fullname: 'name',
  nickname: 'nickname',
  phoneNumber: 'phone_number',
  profilePicture: 'picture',
  preferredUsername: 'preferred_username',
  profilePage: 'profile',
  timezone: 'zoneinfo',
  lastUpdateTime: 'updated_at',
  website: 'website',
};

/** One pool attribute a mapping writes: where the user wrote it and Cognito's name for it. */
export interface MappingTarget {
  readonly prop: string;
  readonly attribute: string;
}

/** What a pool's schema says about each attribute a mapping may target, by Cognito name. */
export interface PoolSchema {
  /** Attributes that exist, with whether Cognito can update them. */
  readonly mutable: { readonly [attribute: string]: boolean };
  /** Standard attributes every user must have. */
  readonly required: string[];
}

/** The schema of a pool with these (resolved) props. */
export function poolSchema(props: EnterpriseUserPoolProps): PoolSchema {
  const mutable: { [attribute: string]: boolean } = {};
  const required: string[] = [];
  for (const [key, name] of Object.entries(STANDARD_ATTRIBUTE_NAMES)) {
    const setting = (props.standardAttributes as { [key: string]: cognito.StandardAttribute | undefined } | undefined)?.[key];
    mutable[name] = setting?.mutable ?? true;
    if (setting?.required) {
      required.push(name);
    }
  }
  for (const [name, attribute] of Object.entries(props.customAttributes ?? {})) {
    mutable[`custom:${name}`] = attribute.bind().mutable === true;
  }
  return { mutable, required };
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
