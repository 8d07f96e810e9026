import { knownString } from '../resolved';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { PoolSubject } from '../subjects';

const MAX_TAGS = 50;
// Letters, separators, digits and _ . : / = + - @, as the UserPoolTags pattern allows.
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

export const POOL_TAGS_RULE: SynthRule<PoolSubject> = {
  id: 'CE-POOL-TAGS',
  appliesTo: 'user pool',
  statement: `a pool has at most ${MAX_TAGS} tags; keys are 1–128 and values 0–256 letters, digits, spaces and _ . : / = + - @, and keys do not start with aws:`,
  source: 'CloudFormation AWS::Cognito::UserPool UserPoolTags (pattern properties); Cognito API TagResource Tags',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const tags = Object.entries(props.tags ?? {});
    const violations: Violation[] = [];
    if (tags.length > MAX_TAGS) {
      violations.push({ prop: 'tags', value: `${tags.length} tags`, detail: `at most ${MAX_TAGS} tags are allowed, ManagedBy included` });
    }
    for (const [key, value] of tags) {
      if (knownString(key) && (key.length < 1 || key.length > 128 || !TAG_TEXT.test(key))) {
        violations.push({ prop: 'tags', value: key, detail: 'a tag key is 1–128 letters, digits, spaces and _ . : / = + - @' });
      } else if (knownString(key) && key.toLowerCase().startsWith('aws:')) {
        violations.push({ prop: 'tags', value: key, detail: 'the aws: prefix is reserved for tags AWS sets' });
      }
      if (knownString(value) && (value.length > 256 || !TAG_TEXT.test(value))) {
        violations.push({ prop: `tags.${key}`, value, detail: 'a tag value is 0–256 letters, digits, spaces and _ . : / = + - @' });
      }
    }
    return violations;
  },
};
