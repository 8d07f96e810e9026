import { IdentityPoolNoClassicFlow } from './IdentityPoolNoClassicFlow';
import { UserPoolCaseInsensitiveSignIn } from './UserPoolCaseInsensitiveSignIn';
import { UserPoolClientNoAdminScopeWithoutSecret } from './UserPoolClientNoAdminScopeWithoutSecret';
import { UserPoolClientNoImplicitGrant } from './UserPoolClientNoImplicitGrant';
import { UserPoolClientPreventUserExistenceErrors } from './UserPoolClientPreventUserExistenceErrors';
import { UserPoolClientRefreshTokenValidity } from './UserPoolClientRefreshTokenValidity';
import { UserPoolClientSecretNotInOutputs } from './UserPoolClientSecretNotInOutputs';
import { UserPoolClientSecureRedirectUrls } from './UserPoolClientSecureRedirectUrls';
import { UserPoolClientTokenRevocation } from './UserPoolClientTokenRevocation';
import { UserPoolDeletionProtection } from './UserPoolDeletionProtection';
import { UserPoolPasswordHistory } from './UserPoolPasswordHistory';
import { UserPoolRetainedWithStack } from './UserPoolRetainedWithStack';
import { UserPoolTriggerTimeout } from './UserPoolTriggerTimeout';
import { CognitoRule } from '../cognito-rule';

/** Every rule of the CognitoEnterprise pack, in id order. */
export const COGNITO_ENTERPRISE_RULES: readonly CognitoRule[] = [
  UserPoolClientNoImplicitGrant,
  UserPoolClientNoAdminScopeWithoutSecret,
  UserPoolClientSecureRedirectUrls,
  UserPoolClientTokenRevocation,
  UserPoolClientPreventUserExistenceErrors,
  UserPoolCaseInsensitiveSignIn,
  UserPoolDeletionProtection,
  UserPoolRetainedWithStack,
  UserPoolClientSecretNotInOutputs,
  UserPoolClientRefreshTokenValidity,
  UserPoolPasswordHistory,
  UserPoolTriggerTimeout,
  IdentityPoolNoClassicFlow,
];
