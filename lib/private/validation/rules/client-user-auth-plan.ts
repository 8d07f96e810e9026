import { RuleSeverity, SynthRule } from '../rule';
import { ClientSubject, isEssentialsOrPlus } from '../subjects';

export const CLIENT_USER_AUTH_PLAN_RULE: SynthRule<ClientSubject> = {
  id: 'CE-CLIENT-USER-AUTH-PLAN',
  appliesTo: 'app client',
  statement: 'choice-based sign-in (authFlows.user, ALLOW_USER_AUTH) needs a pool on the ESSENTIALS or PLUS feature plan',
  source: 'Cognito API CreateUserPoolClient ExplicitAuthFlows (ALLOW_USER_AUTH)',
  severity: RuleSeverity.ERROR,
  // Pools whose plan is not known to the rule (featurePlan undefined) are not checked.
  check: ({ options, featurePlan }) => (options.authFlows?.user && featurePlan !== undefined && !isEssentialsOrPlus(featurePlan)
    ? [{ prop: 'authFlows.user', value: true, detail: `needs the ESSENTIALS or PLUS feature plan (featurePlan is ${featurePlan})` }]
    : []),
};
