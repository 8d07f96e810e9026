import { knownNumber, knownString } from '../resolved';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { GroupSubject } from '../subjects';

const GROUP_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u;

export const GROUP_SETTINGS_RULE: SynthRule<GroupSubject> = {
  id: 'CE-GROUP',
  appliesTo: 'group',
  statement: 'a group name is 1–128 letters, marks, symbols, digits or punctuation (no spaces), its description at most 2048 characters and its precedence a non-negative integer',
  source: 'CloudFormation AWS::Cognito::UserPoolGroup',
  severity: RuleSeverity.ERROR,
  check: ({ options }) => {
    const violations: Violation[] = [];
    if (knownString(options.name) && !GROUP_NAME.test(options.name)) {
      violations.push({ prop: 'name', value: options.name, detail: 'must be 1–128 letters, marks, symbols, digits or punctuation (no spaces)' });
    }
    if (knownString(options.description) && options.description.length > 2048) {
      violations.push({ prop: 'description', value: `${options.description.length} characters`, detail: 'must be at most 2048 characters' });
    }
    if (knownNumber(options.precedence) && (!Number.isInteger(options.precedence) || options.precedence < 0)) {
      violations.push({ prop: 'precedence', value: options.precedence, detail: 'must be a non-negative integer' });
    }
    return violations;
  },
};
