import { Token } from 'aws-cdk-lib';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { PoolSubject } from '../subjects';

// The largest bound Cognito accepts for a number attribute.
const MAX_NUMBER = 2 ** 1023;
// Letters, marks, symbols, digits and punctuation: no whitespace or control characters.
const ATTRIBUTE_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

export const CUSTOM_ATTRIBUTE_CONSTRAINTS_RULE: SynthRule<PoolSubject> = {
  id: 'CE-SCHEMA-CUSTOM-ATTRIBUTE-CONSTRAINTS',
  appliesTo: 'user pool',
  statement: 'a custom attribute name has no spaces or control characters; a number attribute\'s bounds are finite, at most 2^1023, and min is not above max',
  source: 'CloudFormation AWS::Cognito::UserPool SchemaAttribute.Name (pattern); Cognito API NumberAttributeConstraintsType MaxValue',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const violations: Violation[] = [];
    for (const [name, attribute] of Object.entries(props.customAttributes ?? {})) {
      if (!Token.isUnresolved(name) && name.length > 0 && !ATTRIBUTE_NAME.test(name)) {
        violations.push({ prop: 'customAttributes', value: name, detail: 'custom attribute names are letters, marks, symbols, digits and punctuation, without spaces' });
      }
      const numbers = attribute.bind().numberConstraints;
      const [min, max] = [numbers?.min, numbers?.max];
      for (const [bound, value] of [['min', min], ['max', max]] as const) {
        if (value !== undefined && !Token.isUnresolved(value) && !(Number.isFinite(value) && value <= MAX_NUMBER)) {
          violations.push({ prop: `customAttributes.${name}.${bound}`, value, detail: 'must be a finite number no greater than 2^1023' });
        }
      }
      if (min !== undefined && max !== undefined && !Token.isUnresolved(min) && !Token.isUnresolved(max) && min > max) {
        violations.push({ prop: `customAttributes.${name}.min`, value: min, detail: `must not exceed max (${max})` });
      }
    }
    return violations;
  },
};
