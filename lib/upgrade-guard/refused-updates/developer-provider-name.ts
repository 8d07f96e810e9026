import { RefusedUpdateCheck } from './refused-update';
import { show } from './rendered-values';

export const DEVELOPER_PROVIDER_NAME_CHECK: RefusedUpdateCheck = {
  resourceType: 'AWS::Cognito::IdentityPool',
  statement: 'an identity pool\'s developer provider name cannot change once it is set',
  source: 'Cognito Identity API CreateIdentityPool DeveloperProviderName: "Once you have set a developer provider name, you cannot change it"',
  check: (before, after) => {
    const old = before.DeveloperProviderName;
    const next = after.DeveloperProviderName;
    if (typeof old !== 'string' || (next !== undefined && typeof next !== 'string') || old === next) {
      return [];
    }
    return [{ property: 'DeveloperProviderName', detail: `${show(old)} → ${show(next)}` }];
  },
};
