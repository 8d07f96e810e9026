import { knownString } from '../resolved';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { closestKey } from '../shapes/closest-key';
import { PoolSubject } from '../subjects';

export const ADMIN_ONLY_ATTRIBUTES_RULE: SynthRule<PoolSubject> = {
  id: 'CE-ADMIN-ONLY-ATTRIBUTES',
  appliesTo: 'user pool',
  statement: 'each admin-only attribute names one of the pool\'s custom attributes (`tenant_id` or `custom:tenant_id`); a misspelt name protects nothing and leaves the real attribute writable by every client',
  source: 'Cognito API CreateUserPoolClient WriteAttributes; CloudFormation AWS::Cognito::UserPool Schema',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const custom = Object.keys(props.customAttributes ?? {});
    const violations: Violation[] = [];
    (props.adminOnlyAttributes ?? []).forEach((entry, index) => {
      if (!knownString(entry) || custom.includes(entry.replace(/^custom:/, ''))) {
        return;
      }
      const bare = entry.replace(/^custom:/, '');
      const suggestion = closestKey(bare.replace(/[^a-z0-9]/gi, ''), custom) ?? closestKey(bare, custom);
      const known = custom.length > 0 ? custom.join(', ') : 'none';
      violations.push({
        prop: `adminOnlyAttributes[${index}]`,
        value: entry,
        detail: `is not a custom attribute of the pool${suggestion ? `: did you mean ${suggestion}?` : ''} (custom attributes: ${known}; standard attributes are restricted with each client's writeAttributes)`,
      });
    });
    return violations;
  },
};
