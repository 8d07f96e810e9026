/**
 * Realistic Cognito user pool trigger events, shaped as Cognito sends them.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export const USER_POOL_ID = 'eu-west-1_AbCdEf123';

/** The envelope every trigger event shares. */
export function cognitoEvent(triggerSource: string, request: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    version: '1',
    region: 'eu-west-1',
    userPoolId: USER_POOL_ID,
    userName: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: '1example23456789' },
    triggerSource,
    request,
    response: {},
    ...extra,
  };
}

/** Attributes of a typical user. */
export function userAttributes(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'sub': 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
    'email': 'jane@example.com',
    'email_verified': 'false',
    'given_name': 'Jane',
    'cognito:user_status': 'CONFIRMED',
    ...overrides,
  };
}

export function preSignUpEvent(triggerSource: string, attributes: Record<string, string> = userAttributes()) {
  return cognitoEvent(triggerSource, { userAttributes: attributes, validationData: {}, clientMetadata: {} });
}

export function postConfirmationEvent(triggerSource: string, attributes: Record<string, string> = userAttributes()) {
  return cognitoEvent(triggerSource, { userAttributes: attributes, clientMetadata: {} });
}

export function preTokenEvent(version: '1' | '2', triggerSource: string, attributes: Record<string, string> = userAttributes(), groups: string[] = []) {
  return cognitoEvent(triggerSource, {
    userAttributes: attributes,
    groupConfiguration: { groupsToOverride: groups, iamRolesToOverride: [], preferredRole: null },
    ...(version === '2' ? { scopes: ['openid', 'email'] } : {}),
  }, { version });
}

export function customMessageEvent(triggerSource: string, attributes: Record<string, string> = userAttributes(), usernameParameter?: string) {
  return cognitoEvent(triggerSource, {
    userAttributes: attributes,
    codeParameter: '{####}',
    linkParameter: '{##Click Here##}',
    usernameParameter: usernameParameter ?? null,
  });
}

export function userMigrationEvent(triggerSource: string, password?: string) {
  return cognitoEvent(triggerSource, { ...(password !== undefined ? { password } : {}), validationData: {}, clientMetadata: {} },
    { userName: 'legacy.jane' });
}

export function authChallengeEvent(triggerSource: string, request: Record<string, unknown>) {
  // Magic links go only to verified addresses, so a signing-in user's email is verified here.
  return cognitoEvent(triggerSource, { userAttributes: userAttributes({ email_verified: 'true' }), userNotFound: false, ...request });
}

/** A successful sign-in, as Cognito reports it to the post authentication trigger. */
export function postAuthenticationEvent(attributes: Record<string, string> = userAttributes({ email_verified: 'true' }), newDeviceUsed = false) {
  return cognitoEvent('PostAuthentication_Authentication', { userAttributes: attributes, newDeviceUsed, clientMetadata: {} });
}
