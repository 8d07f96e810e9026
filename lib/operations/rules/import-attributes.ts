import { ImportSubject } from './import-subject';
import { isImportableAttribute } from '../../private/operations-environment';
import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';

export const IMPORT_ATTRIBUTES_RULE: SynthRule<ImportSubject> = {
  id: 'CE-IMPORT-ATTRIBUTES',
  appliesTo: 'user import pipeline',
  statement: 'allowedAttributes may list only standard attributes an administrator can write and custom:<name> attributes (name of 1–20 characters)',
  source: 'Cognito API AdminCreateUser and AdminUpdateUserAttributes UserAttributes',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const violations: Violation[] = [];
    (props.allowedAttributes ?? []).forEach((name, index) => {
      if (knownString(name) && !isImportableAttribute(name)) {
        violations.push({ prop: `allowedAttributes[${index}]`, value: name, detail: 'is neither a standard attribute an administrator can write nor custom:<name>' });
      }
    });
    return violations;
  },
};
