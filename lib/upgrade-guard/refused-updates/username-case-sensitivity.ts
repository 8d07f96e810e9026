import { RefusedUpdateCheck } from './refused-update';
import { show } from './rendered-values';

/** Without UsernameConfiguration, Cognito creates a case-sensitive pool. */
function caseSensitive(properties: { [name: string]: any }): unknown {
  return properties.UsernameConfiguration?.CaseSensitive ?? true;
}

export const USERNAME_CASE_SENSITIVITY_CHECK: RefusedUpdateCheck = {
  resourceType: 'AWS::Cognito::UserPool',
  statement: 'whether usernames are case-sensitive (UsernameConfiguration.CaseSensitive) is immutable once the pool exists',
  source: 'Cognito API CreateUserPoolRequest.UsernameConfiguration: "This configuration is immutable after you set it"; not a member of UpdateUserPoolRequest',
  check: (before, after) => {
    const old = caseSensitive(before);
    const next = caseSensitive(after);
    if (typeof old !== 'boolean' || typeof next !== 'boolean' || old === next) {
      return [];
    }
    return [{ property: 'UsernameConfiguration.CaseSensitive', detail: `${show(old)} → ${show(next)}` }];
  },
};
