import { RuleSeverity, SynthRule, Violation } from '../rule';
import { PoolSubject } from '../subjects';

const MAX_CUSTOM_ATTRIBUTES = 50;
const MAX_NAME_LENGTH = 20;
const MAX_STRING_LENGTH = 2048;

export const CUSTOM_ATTRIBUTES_RULE: SynthRule<PoolSubject> = {
  id: 'CE-SCHEMA-CUSTOM-ATTRIBUTES',
  appliesTo: 'user pool',
  statement: `a pool has at most ${MAX_CUSTOM_ATTRIBUTES} custom attributes, named in 1–${MAX_NAME_LENGTH} characters without the custom: prefix, with string lengths within 0–${MAX_STRING_LENGTH}`,
  source: 'Cognito quotas; CloudFormation AWS::Cognito::UserPool SchemaAttribute',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const attributes = Object.entries(props.customAttributes ?? {});
    const violations: Violation[] = [];
    if (attributes.length > MAX_CUSTOM_ATTRIBUTES) {
      violations.push({ prop: 'customAttributes', value: `${attributes.length} attributes`, detail: `at most ${MAX_CUSTOM_ATTRIBUTES} custom attributes are allowed` });
    }
    for (const [name, attribute] of attributes) {
      if (name.length < 1 || name.length > MAX_NAME_LENGTH || name.startsWith('custom:')) {
        violations.push({ prop: 'customAttributes', value: name, detail: `custom attribute names are 1–${MAX_NAME_LENGTH} characters without the custom: prefix` });
      }
      const constraints = attribute.bind().stringConstraints;
      const maxLen = constraints?.maxLen;
      if (maxLen !== undefined && maxLen > MAX_STRING_LENGTH) {
        violations.push({ prop: `customAttributes.${name}.maxLen`, value: maxLen, detail: `string attributes are at most ${MAX_STRING_LENGTH} characters` });
      }
      if (maxLen !== undefined && constraints?.minLen !== undefined && constraints.minLen > maxLen) {
        violations.push({ prop: `customAttributes.${name}.minLen`, value: constraints.minLen, detail: `must not exceed maxLen (${maxLen})` });
      }
    }
    return violations;
  },
};
