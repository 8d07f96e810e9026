import { RuleSeverity, SynthRule, Violation } from '../rule';
import { PoolSubject } from '../subjects';

export const TRIGGER_POST_AUTHENTICATION_RULE: SynthRule<PoolSubject> = {
  id: 'CE-TRIGGER-POST-AUTHENTICATION',
  appliesTo: 'user pool',
  statement: 'a pool has one post authentication function, so last sign-in tracking and your own post authentication trigger cannot both be set',
  source: 'Cognito API LambdaConfigType.PostAuthentication (one function ARN per trigger)',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const violations: Violation[] = [];
    if (props.triggers?.lastSignIn && props.lambdaTriggers?.postAuthentication) {
      violations.push({
        prop: 'lambdaTriggers.postAuthentication',
        value: props.lambdaTriggers.postAuthentication.node.path,
        detail: 'triggers.lastSignIn takes the post authentication trigger: remove one of them, or record the sign-in from your own function',
      });
    }
    return violations;
  },
};
