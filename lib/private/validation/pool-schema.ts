import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseUserPoolProps } from '../../enterprise-user-pool/enterprise-user-pool-props';

/** Cognito's name of each standard attribute, by its key in `cognito.AttributeMapping`. */
export const STANDARD_ATTRIBUTE_NAMES: { readonly [key: string]: string } = {
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

/** Attributes only Cognito sets unless a client is explicitly allowed to: the verified flags. */
export const VERIFICATION_FLAGS = ['email_verified', 'phone_number_verified'];

/** What a pool's schema says about each attribute a mapping or a client may name, by Cognito name. */
export interface PoolSchema {
  /** Attributes that exist, with whether Cognito can update them. */
  readonly mutable: { readonly [attribute: string]: boolean };
  /** Standard attributes every user must have. */
  readonly required: string[];
}

/** The schema of a pool with these (resolved) props. */
export function poolSchema(props: EnterpriseUserPoolProps): PoolSchema {
  const mutable: { [attribute: string]: boolean } = { phone_number_verified: true };
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
