import { RuleSeverity, SynthRule, Violation } from '../rule';
import { PoolSubject } from '../subjects';

export const TRIGGER_RISKS_RULE: SynthRule<PoolSubject> = {
  id: 'CE-TRIGGER-RISKS',
  appliesTo: 'user pool',
  statement: 'a trigger combination that is legal but does not do what it seems: check the detail',
  source: 'Cognito Lambda trigger sources',
  severity: RuleSeverity.WARNING,
  check: ({ props }) => {
    const triggers = props.triggers ?? {};
    const violations: Violation[] = [];
    if ((triggers.preSignUp?.trustedDomains ?? []).length > 0 && props.selfSignUpEnabled) {
      violations.push({
        prop: 'triggers.preSignUp.trustedDomains',
        value: triggers.preSignUp!.trustedDomains,
        detail: 'with self sign-up, anyone can register an address at a trusted domain and it is marked verified without proof: trust only domains whose sign-ups you vet another way',
      });
    }
    if (triggers.postConfirmation && !props.selfSignUpEnabled) {
      violations.push({
        prop: 'triggers.postConfirmation',
        value: 'enabled without self sign-up',
        detail: 'Cognito runs post confirmation only for self sign-up and forgotten-password confirmations, not for users an administrator creates: add those to their groups when you create them',
      });
    }
    return violations;
  },
};
