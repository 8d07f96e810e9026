import { ALIAS_ATTRIBUTES_CHECK } from './alias-attributes';
import { ATTRIBUTE_CONSTRAINTS_CHECK } from './attribute-constraints';
import { ATTRIBUTE_DATA_TYPE_CHECK } from './attribute-data-type';
import { ATTRIBUTE_DEVELOPER_ONLY_CHECK } from './attribute-developer-only';
import { ATTRIBUTE_MUTABILITY_CHECK } from './attribute-mutability';
import { ATTRIBUTE_REQUIRED_CHECK } from './attribute-required';
import { CUSTOM_ATTRIBUTE_REMOVED_CHECK } from './custom-attribute-removed';
import { DEVELOPER_PROVIDER_NAME_CHECK } from './developer-provider-name';
import { RefusedUpdateCheck } from './refused-update';
import { USERNAME_ATTRIBUTES_CHECK } from './username-attributes';
import { USERNAME_CASE_SENSITIVITY_CHECK } from './username-case-sensitivity';

/**
 * Every setting that CloudFormation would try to update in place but Cognito refuses to change.
 * Settings whose change replaces the resource are in `COGNITO_REPLACEMENT_PROPERTIES` instead.
 */
export const REFUSED_UPDATE_CHECKS: ReadonlyArray<RefusedUpdateCheck> = [
  USERNAME_ATTRIBUTES_CHECK,
  ALIAS_ATTRIBUTES_CHECK,
  USERNAME_CASE_SENSITIVITY_CHECK,
  CUSTOM_ATTRIBUTE_REMOVED_CHECK,
  ATTRIBUTE_REQUIRED_CHECK,
  ATTRIBUTE_MUTABILITY_CHECK,
  ATTRIBUTE_DATA_TYPE_CHECK,
  ATTRIBUTE_DEVELOPER_ONLY_CHECK,
  ATTRIBUTE_CONSTRAINTS_CHECK,
  DEVELOPER_PROVIDER_NAME_CHECK,
];
