import { Duration, RemovalPolicy, SecretValue, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as pinpoint from 'aws-cdk-lib/aws-pinpoint';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { EnterpriseAppClientOptions, EnterpriseUserPool, EnterpriseUserPoolProps } from '../../lib';

/*
 * The configurations aws-cdk deploys and verifies in its Cognito integration tests
 * (packages/@aws-cdk-testing/framework-integ/test/aws-cognito/test/integ.*.ts in aws/aws-cdk),
 * restated as EnterpriseUserPool settings. Cognito accepted each of them, so none may fail a
 * rule of this library. Only the facts (settings and values) are taken over; the library's
 * defaults fill in what a scenario leaves unset.
 *
 * To add a scenario: add an entry to AWS_CDK_SCENARIOS, or, when it cannot be restated, to
 * UNEXPRESSED_SCENARIOS with the reason. Every file in AWS_CDK_INTEG_FILES must be in one of them.
 */

/** A decision recorded next to a scenario: what was set or left out, and why. */
export interface ScenarioNote {
  readonly setting: string;
  readonly why: string;
}

/** What a pool's `attach` step created, by name, for the clients that refer to it. */
export interface Attached {
  readonly [name: string]: any;
}

/** One user pool of a scenario. */
export interface ScenarioPool {
  /** The pool's construct id in the scenario. */
  readonly id: string;
  /** The pool, its groups, domain and the clients that need nothing attached. */
  readonly props?: (stack: Stack) => EnterpriseUserPoolProps;
  /** Resource servers, identity providers and triggers EnterpriseUserPool does not model, attached to its L2 pool. */
  readonly attach?: (pool: EnterpriseUserPool, stack: Stack) => Attached;
  /** Clients added after `attach`, because they refer to what it attached or must see its providers. */
  readonly clients?: (attached: Attached) => EnterpriseAppClientOptions[];
  /** Library props set explicitly because their default would make Cognito refuse the scenario. */
  readonly libraryChoices?: ScenarioNote[];
  /** Settings of the scenario not restated, with the reason. */
  readonly notExpressed?: ScenarioNote[];
}

/** One integration test of aws-cdk, restated. */
export interface AwsCdkScenario {
  /** The file name under the integration-test folder. */
  readonly file: string;
  /** The aws/aws-cdk commit whose version of the file was read. */
  readonly commit: string;
  readonly pools: ScenarioPool[];
}

/** An integration test that cannot be restated through EnterpriseUserPool at all. */
export interface UnexpressedScenario {
  readonly file: string;
  readonly commit: string;
  readonly reason: string;
}

/** Every Cognito integration test of aws-cdk known to this corpus. */
export const AWS_CDK_INTEG_FILES = [
  'integ.managed-login-branding.ts',
  'integ.user-pool-client-analytics.ts',
  'integ.user-pool-client-basic.ts',
  'integ.user-pool-client-default-redirect-uri.ts',
  'integ.user-pool-client-enable-propagate-additional-data.ts',
  'integ.user-pool-client-explicit-props.ts',
  'integ.user-pool-client-secret.ts',
  'integ.user-pool-custom-sender.ts',
  'integ.user-pool-domain-cfdist.ts',
  'integ.user-pool-domain-managed-login.ts',
  'integ.user-pool-domain-prefix-validation.ts',
  'integ.user-pool-domain-signinurl.ts',
  'integ.user-pool-explicit-props.ts',
  'integ.user-pool-feature-plans.ts',
  'integ.user-pool-group.ts',
  'integ.user-pool-idp.amazon.ts',
  'integ.user-pool-idp.apple.ts',
  'integ.user-pool-idp.google.ts',
  'integ.user-pool-idp.oidc.ts',
  'integ.user-pool-idp.saml.ts',
  'integ.user-pool-inbound-federation.ts',
  'integ.user-pool-issuer-type.ts',
  'integ.user-pool-link-custom-placeholder.ts',
  'integ.user-pool-mfa-email.ts',
  'integ.user-pool-password-history-size.ts',
  'integ.user-pool-passwordless.ts',
  'integ.user-pool-pre-token-generation-v2.ts',
  'integ.user-pool-pre-token-generation.ts',
  'integ.user-pool-resource-server.ts',
  'integ.user-pool-ses-email.ts',
  'integ.user-pool-signup-code.ts',
  'integ.user-pool-signup-link.ts',
  'integ.user-pool-tags.ts',
  'integ.user-pool-threat-protection.ts',
  'integ.user-pool.ts',
];

/**
 * What an L2 `addClient()` without OAuth settings deploys, and so what the scenarios that
 * build one deployed: OAuth on, both user grants, every standard scope, example.com callback.
 */
const ALL_STANDARD_SCOPES = [
  cognito.OAuthScope.PHONE, cognito.OAuthScope.EMAIL, cognito.OAuthScope.OPENID, cognito.OAuthScope.PROFILE, cognito.OAuthScope.COGNITO_ADMIN,
];
const L2_DEFAULT_OAUTH: Partial<EnterpriseAppClientOptions> = {
  callbackUrls: ['https://example.com'],
  oAuthFlows: { authorizationCodeGrant: true, implicitCodeGrant: true },
  oAuthScopes: ALL_STANDARD_SCOPES,
};

const client = (name: string, options: Partial<EnterpriseAppClientOptions> = {}): EnterpriseAppClientOptions =>
  ({ ...L2_DEFAULT_OAUTH, ...options, name });

/** A trigger function: the scenarios' handlers only log, so any inline body stands for them. */
function stubFunction(stack: Stack, id: string): lambda.IFunction {
  return new lambda.Function(stack, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async (event) => event;'),
  });
}

/** The library's writable standard attributes plus email_verified, for clients of a provider that maps it. */
const WRITES_EMAIL_VERIFIED = new cognito.ClientAttributes().withStandardAttributes(Object.fromEntries([
  'address', 'birthdate', 'email', 'emailVerified', 'familyName', 'fullname', 'gender', 'givenName', 'lastUpdateTime', 'locale',
  'middleName', 'nickname', 'phoneNumber', 'preferredUsername', 'profilePage', 'profilePicture', 'timezone', 'website',
].map((attribute) => [attribute, true])));

const MAPPED_EMAIL_VERIFIED: ScenarioNote = {
  setting: 'writeAttributes including emailVerified',
  why: 'the provider maps email_verified, and Cognito writes mapped attributes at each federated sign-in only where the client may write them (WriteAttributes); the library default keeps email_verified read-only, as the L2 default in the scenario did not',
};

const SCENARIO_MFA_OFF: ScenarioNote = {
  setting: 'mfa: Mfa.OFF',
  why: 'the scenario leaves MFA at the L2 default (OFF); the library default REQUIRED is not what was deployed and is refused with one-time codes as a first factor',
};

export const AWS_CDK_SCENARIOS: AwsCdkScenario[] = [
  {
    file: 'integ.managed-login-branding.ts',
    commit: 'a42e5bb4b02d9b0d13ab5daf23e17945e714bcab',
    pools: [{
      id: 'UserPool',
      props: () => ({
        removalPolicy: RemovalPolicy.DESTROY,
        deletionProtection: false,
        appClients: [
          {
            name: 'BasicClient',
            authFlows: { userPassword: true, userSrp: true },
            oAuthFlows: { authorizationCodeGrant: true },
            callbackUrls: ['https://example.com/callback'],
            logoutUrls: ['https://example.com/logout'],
          },
          { name: 'AssetClient', authFlows: { userPassword: true, userSrp: true } },
          { name: 'DefaultClient', authFlows: { userPassword: true, userSrp: true } },
        ],
      }),
      attach: (pool, stack) => {
        const button = { lightMode: { defaults: { backgroundColor: '0972d3ff', textColor: 'ffffffff' } } };
        const branding = (id: string, clientName: string, style: Partial<cognito.CfnManagedLoginBrandingProps>) =>
          new cognito.CfnManagedLoginBranding(stack, id, {
            userPoolId: pool.userPool.userPoolId,
            clientId: pool.appClients[clientName].userPoolClientId,
            ...style,
          });
        return {
          basic: branding('BasicBranding', 'BasicClient', {
            settings: {
              categories: { global: { colorSchemeMode: 'LIGHT', spacingDensity: 'REGULAR' }, form: { sessionTimerDisplay: 'STATIC' } },
              components: { pageBackground: { lightMode: { color: 'ffffffff' } }, primaryButton: button },
            },
          }),
          asset: branding('AssetBranding', 'AssetClient', {
            assets: [{
              category: 'FAVICON_SVG',
              colorMode: 'DYNAMIC',
              extension: 'SVG',
              bytes: 'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjwvc3ZnPg==',
            }],
            settings: { components: { primaryButton: button } },
          }),
          default: branding('DefaultBranding', 'DefaultClient', { useCognitoProvidedValues: true }),
        };
      },
      notExpressed: [{ setting: 'ManagedLoginBranding styles', why: 'EnterpriseUserPool has no branding prop and aws-cdk-lib 2.276 has no L2 ManagedLoginBranding: the three brandings are attached as CfnManagedLoginBranding with the same settings' }],
    }],
  },
  {
    file: 'integ.user-pool-client-analytics.ts',
    commit: '1d81f3739f13847fe3495dd70f188f7e50934a31',
    pools: ['Pool', 'Pool2'].map((id, index) => ({
      id,
      props: (stack: Stack) => {
        new pinpoint.CfnApp(stack, `PinpointApp${index}`, { name: 'SamplePinpointApp' }).applyRemovalPolicy(RemovalPolicy.DESTROY);
        return { removalPolicy: RemovalPolicy.DESTROY, appClients: [client(index === 0 ? 'Client' : 'client', { generateSecret: true })] };
      },
      notExpressed: [{
        setting: index === 0 ? 'client analytics (Pinpoint application)' : 'client analytics (application id, external id and role)',
        why: 'EnterpriseAppClientOptions has no analytics option; the rest of the client is restated',
      }],
    })),
  },
  {
    file: 'integ.user-pool-client-basic.ts',
    commit: 'c547d31706df3590fc9a9549a800e41164965e8d',
    pools: [{ id: 'pool', props: () => ({ removalPolicy: RemovalPolicy.DESTROY, appClients: [client('client')] }) }],
  },
  {
    file: 'integ.user-pool-client-default-redirect-uri.ts',
    commit: '94a26e858aaedf627ee343b776eb67e261a70322',
    pools: [{
      id: 'myuserpool',
      props: () => ({
        removalPolicy: RemovalPolicy.DESTROY,
        appClients: [client('myuserpoolclient', {
          defaultRedirectUri: 'https://aaa.example.com',
          callbackUrls: ['https://aaa.example.com', 'https://bbb.example.com', 'https://ccc.example.com'],
        })],
      }),
    }],
  },
  {
    file: 'integ.user-pool-client-enable-propagate-additional-data.ts',
    commit: '7ef079b126649ef7886c3024257ab4aa97b86bba',
    pools: [{
      id: 'pool',
      props: () => ({
        removalPolicy: RemovalPolicy.DESTROY,
        appClients: [client('client', { generateSecret: true, enablePropagateAdditionalUserContextData: true })],
      }),
    }],
  },
  {
    file: 'integ.user-pool-client-explicit-props.ts',
    commit: '966ce35c3533afba363b30820b823d34cbcb5aa0',
    pools: [{
      id: 'myuserpool',
      props: () => {
        const props: EnterpriseUserPoolProps = {
          removalPolicy: RemovalPolicy.DESTROY,
          customAttributes: { attribute_one: new cognito.StringAttribute(), attribute_two: new cognito.StringAttribute() },
          appClients: [{
            name: 'myuserpoolclient',
            authFlows: { adminUserPassword: true, custom: true, userPassword: true, userSrp: true, user: true },
            generateSecret: true,
            oAuthFlows: { implicitCodeGrant: true, authorizationCodeGrant: true },
            oAuthScopes: ALL_STANDARD_SCOPES,
            callbackUrls: ['https://redirect-here.myapp.com'],
            preventUserExistenceErrors: true,
            authSessionValidity: Duration.minutes(3),
            writeAttributes: new cognito.ClientAttributes().withStandardAttributes(Object.fromEntries([
              'address', 'birthdate', 'email', 'familyName', 'fullname', 'gender', 'givenName', 'lastUpdateTime', 'locale',
              'middleName', 'nickname', 'phoneNumber', 'preferredUsername', 'profilePage', 'profilePicture', 'timezone', 'website',
            ].map((attribute) => [attribute, true]))).withCustomAttributes('attribute_one', 'attribute_two'),
          }],
        };
        return props;
      },
      attach: (pool, stack) => ({
        secret: new secretsmanager.Secret(stack, 'Secret', { secretStringValue: pool.appClients.myuserpoolclient.userPoolClientSecret }),
      }),
      notExpressed: [{ setting: 'refreshTokenRotationGracePeriod: 45 s', why: 'EnterpriseAppClientOptions has no refresh-token rotation option' }],
    }],
  },
  {
    file: 'integ.user-pool-client-secret.ts',
    commit: '3cdd768ac55c551ec660c5a6be1b00efd56537e4',
    pools: [{
      id: 'pool',
      props: () => ({ removalPolicy: RemovalPolicy.DESTROY, appClients: [client('client', { generateSecret: true })] }),
      attach: (pool, stack) => ({ secret: new secretsmanager.Secret(stack, 'secret', { secretStringValue: pool.appClients.client.userPoolClientSecret }) }),
    }],
  },
  {
    file: 'integ.user-pool-custom-sender.ts',
    commit: '0c0e716f522cf76713b4be8caf1ed45111d97fe1',
    pools: [{
      id: 'pool',
      props: (stack) => ({
        autoVerify: { email: true },
        selfSignUpEnabled: true,
        signInAliases: { email: true },
        customSenderKmsKey: new kms.Key(stack, 'key'),
        lambdaTriggers: { customEmailSender: stubFunction(stack, 'emailLambda') },
        removalPolicy: RemovalPolicy.DESTROY,
        appClients: [client('client', { authFlows: { userSrp: true } })],
      }),
    }],
  },
  {
    file: 'integ.user-pool-domain-cfdist.ts',
    commit: '0c0e716f522cf76713b4be8caf1ed45111d97fe1',
    pools: [{ id: 'UserPool', props: () => ({ removalPolicy: RemovalPolicy.DESTROY, domain: { cognitoDomainPrefix: 'cdk-integ-user-pool-domain' } }) }],
  },
  {
    file: 'integ.user-pool-domain-managed-login.ts',
    commit: '1ed1c896901102d66e1cdbecb876328c4330f740',
    pools: [{
      id: 'UserPool',
      props: () => ({
        removalPolicy: RemovalPolicy.DESTROY,
        domain: { cognitoDomainPrefix: 'cdk-integ-user-pool-domain', managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN },
      }),
    }],
  },
  {
    file: 'integ.user-pool-domain-prefix-validation.ts',
    commit: '9873ebbcf0cd14c9cab969e384852a0712649fcb',
    pools: [{ id: 'UserPool', props: () => ({ removalPolicy: RemovalPolicy.DESTROY, domain: { cognitoDomainPrefix: 'cdk-integ-user-pool-domain' } }) }],
  },
  {
    file: 'integ.user-pool-domain-signinurl.ts',
    commit: '102987d175c32d0eeb3f781f031bd9404b420796',
    pools: [{
      id: 'UserPool',
      props: () => ({
        removalPolicy: RemovalPolicy.DESTROY,
        domain: { cognitoDomainPrefix: 'cdk-integ-user-pool-domain' },
        appClients: [client('UserPoolClient', { callbackUrls: ['https://example.com'] })],
      }),
    }],
  },
  {
    file: 'integ.user-pool-explicit-props.ts',
    commit: '2227210863cde3e70f11af110c96645491654a75',
    pools: [{
      id: 'myuserpool',
      props: (stack) => ({
        removalPolicy: RemovalPolicy.DESTROY,
        userPoolName: 'MyUserPool',
        userInvitation: {
          emailSubject: 'invitation email subject from the integ test',
          emailBody: 'invitation email body from the integ test for {username}. Temp password is {####}.',
          smsMessage: 'invitation sms message from the integ test for {username}. Temp password is {####}.',
        },
        selfSignUpEnabled: true,
        userVerification: {
          emailBody: 'verification email body from the integ test. Code is {####}.',
          emailSubject: 'verification email subject from the integ test',
          smsMessage: 'verification sms message from the integ test. Code is {####}.',
        },
        signInAliases: { username: true, email: true },
        autoVerify: { email: true, phone: true },
        keepOriginal: { email: true, phone: true },
        standardAttributes: { fullname: { required: true, mutable: true }, email: { required: true } },
        customAttributes: {
          'some-string-attr': new cognito.StringAttribute(),
          'another-string-attr': new cognito.StringAttribute({ minLen: 4, maxLen: 100 }),
          'some-number-attr': new cognito.NumberAttribute(),
          'another-number-attr': new cognito.NumberAttribute({ min: 10, max: 50 }),
          'some-boolean-attr': new cognito.BooleanAttribute(),
          'some-datetime-attr': new cognito.DateTimeAttribute(),
        },
        mfa: cognito.Mfa.OFF,
        mfaSecondFactor: { sms: true, otp: true },
        passwordPolicy: {
          tempPasswordValidity: Duration.days(10),
          minLength: 12,
          requireDigits: true,
          requireLowercase: true,
          requireUppercase: true,
          requireSymbols: true,
        },
        lambdaTriggers: Object.fromEntries([
          'createAuthChallenge', 'customMessage', 'defineAuthChallenge', 'postAuthentication', 'postConfirmation',
          'preAuthentication', 'preSignUp', 'preTokenGeneration', 'userMigration', 'verifyAuthChallengeResponse',
        ].map((name) => [name, stubFunction(stack, name)])),
        standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
        featurePlan: cognito.FeaturePlan.PLUS,
        snsRegion: stack.region,
        domain: { cognitoDomainPrefix: 'cdkintegrationtestuserpoolexplicitprops' },
      }),
    }],
  },
  {
    file: 'integ.user-pool-feature-plans.ts',
    commit: '7023141145226c0e186995df9db469ebddc9fede',
    pools: [cognito.FeaturePlan.LITE, cognito.FeaturePlan.ESSENTIALS, cognito.FeaturePlan.PLUS].map((featurePlan) => ({
      id: `userpool-${featurePlan.toLowerCase()}-plan`,
      props: () => ({ featurePlan, removalPolicy: RemovalPolicy.DESTROY }),
    })),
  },
  {
    file: 'integ.user-pool-group.ts',
    commit: '5110680934fa278f20bf6f2d919933e2ce89bf6b',
    pools: [{
      id: 'UserPool',
      props: (stack) => ({
        removalPolicy: RemovalPolicy.DESTROY,
        groups: [
          {
            name: 'test-group',
            description: 'My user pool group',
            precedence: 0,
            role: new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('cognito-idp.amazonaws.com') }),
          },
          { name: 'another-group', precedence: 1 },
        ],
      }),
    }],
  },
  {
    file: 'integ.user-pool-group.ts',
    commit: '52b48d8e9e12dc92758f2e18eff509168ecc2c66',
    pools: [{
      id: 'UserPool',
      props: (stack) => ({
        removalPolicy: RemovalPolicy.DESTROY,
        groups: [
          {
            name: 'test-group',
            description: 'My user pool group',
            precedence: 1,
            role: new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('cognito-idp.amazonaws.com') }),
          },
          { name: 'AnotherUserPoolGroup' },
        ],
      }),
      notExpressed: [{
        setting: 'a group without a name',
        why: 'the scenario lets CloudFormation name its second group; PoolGroupOptions.name is required, so the group is named after its construct id',
      }],
    }],
  },
  ...[
    { commit: '238f1e48149b4266775ca21cec42a4243c944cb3', prefix: 'nija-test-pool-amzn', custom: undefined },
    { commit: '24fb2453928e0f2685edf726c4cd7316ed696901', prefix: 'nija-test-pool', custom: { userId: cognito.ProviderAttribute.AMAZON_USER_ID } },
  ].map(({ commit, prefix, custom }): AwsCdkScenario => ({
    file: 'integ.user-pool-idp.amazon.ts',
    commit,
    pools: [{
      id: 'pool',
      props: () => ({ removalPolicy: RemovalPolicy.DESTROY, domain: { cognitoDomainPrefix: prefix } }),
      attach: (pool, stack) => ({
        amazon: new cognito.UserPoolIdentityProviderAmazon(stack, 'amazon', {
          userPool: pool.userPool,
          clientId: 'amzn-client-id',
          clientSecret: 'amzn-client-secret',
          attributeMapping: {
            givenName: cognito.ProviderAttribute.AMAZON_NAME,
            email: cognito.ProviderAttribute.AMAZON_EMAIL,
            ...(custom ? { custom } : {}),
          },
        }),
      }),
      clients: () => [client('client')],
    }],
  })),
  ...[
    { commit: '2ebdad838abb087a639ec7fc0eb7bd2690eea4e5', emailVerified: undefined },
    { commit: '5785d5948a7eb3b8280fbb21d59bd44d9a6a13aa', emailVerified: cognito.ProviderAttribute.APPLE_EMAIL_VERIFIED },
  ].map(({ commit, emailVerified }): AwsCdkScenario => ({
    file: 'integ.user-pool-idp.apple.ts',
    commit,
    pools: [{
      id: 'pool',
      props: () => ({ removalPolicy: RemovalPolicy.DESTROY, domain: { cognitoDomainPrefix: 'nija-test-pool' } }),
      attach: (pool, stack) => ({
        apple: new cognito.UserPoolIdentityProviderApple(stack, 'apple', {
          userPool: pool.userPool,
          clientId: 'com.amzn.cdk',
          teamId: 'CDKTEAMCDK',
          keyId: 'CDKKEYCDK1',
          privateKeyValue: SecretValue.unsafePlainText('PRIV_KEY_CDK'),
          scopes: ['email', 'name'],
          attributeMapping: {
            familyName: cognito.ProviderAttribute.APPLE_LAST_NAME,
            givenName: cognito.ProviderAttribute.APPLE_FIRST_NAME,
            ...(emailVerified ? { emailVerified } : {}),
          },
        }),
      }),
      clients: () => [client('client', emailVerified ? { writeAttributes: WRITES_EMAIL_VERIFIED } : {})],
      libraryChoices: emailVerified ? [MAPPED_EMAIL_VERIFIED] : [],
    }],
  })),
  {
    file: 'integ.user-pool-idp.google.ts',
    commit: '7d9042563e1c98b770bca626207d70458d2d047f',
    pools: [{
      id: 'pool',
      props: () => ({ removalPolicy: RemovalPolicy.DESTROY, domain: { cognitoDomainPrefix: 'nija-test-pool' } }),
      attach: (pool, stack) => {
        const secret = new secretsmanager.Secret(stack, 'GoogleClientSecretValue', {
          secretName: 'GoogleClientSecretValueName',
          generateSecretString: { excludePunctuation: true, passwordLength: 20 },
        });
        return {
          google: new cognito.UserPoolIdentityProviderGoogle(stack, 'google', {
            userPool: pool.userPool,
            clientId: 'google-client-id',
            clientSecretValue: secretsmanager.Secret.fromSecretAttributes(stack, 'GoogleClientSecretValue2', { secretCompleteArn: secret.secretArn }).secretValue,
            attributeMapping: {
              givenName: cognito.ProviderAttribute.GOOGLE_GIVEN_NAME,
              familyName: cognito.ProviderAttribute.GOOGLE_FAMILY_NAME,
              email: cognito.ProviderAttribute.GOOGLE_EMAIL,
              emailVerified: cognito.ProviderAttribute.GOOGLE_EMAIL_VERIFIED,
              gender: cognito.ProviderAttribute.GOOGLE_GENDER,
              custom: { names: cognito.ProviderAttribute.GOOGLE_NAMES },
            },
          }),
        };
      },
      clients: () => [client('client', { writeAttributes: WRITES_EMAIL_VERIFIED })],
      libraryChoices: [MAPPED_EMAIL_VERIFIED],
    }],
  },
  ...[
    { commit: '00946dabe025d1f4cf7ca71ae55f0c4ab1e75df9', name: 'my-provider', emailVerified: undefined },
    { commit: 'ca501e77b3bad3323b10b61f7101178d8143e3b7', name: 'cdk', emailVerified: cognito.ProviderAttribute.other('email_verified') },
  ].map(({ commit, name, emailVerified }): AwsCdkScenario => ({
    file: 'integ.user-pool-idp.oidc.ts',
    commit,
    pools: [{
      id: 'pool',
      props: () => ({ removalPolicy: RemovalPolicy.DESTROY, domain: { cognitoDomainPrefix: 'cdk-test-pool' } }),
      attach: (pool, stack) => ({
        oidc: new cognito.UserPoolIdentityProviderOidc(stack, 'cdk', {
          userPool: pool.userPool,
          name,
          clientId: 'client-id',
          clientSecret: 'client-secret',
          issuerUrl: 'https://www.issuer-url.com',
          endpoints: {
            authorization: 'https://www.issuer-url.com/authorize',
            token: 'https://www.issuer-url.com/token',
            userInfo: 'https://www.issuer-url.com/userinfo',
            jwksUri: 'https://www.issuer-url.com/jwks',
          },
          scopes: ['openid', 'phone'],
          attributeMapping: { phoneNumber: cognito.ProviderAttribute.other('phone_number'), ...(emailVerified ? { emailVerified } : {}) },
        }),
      }),
      clients: () => [client('client', emailVerified ? { writeAttributes: WRITES_EMAIL_VERIFIED } : {})],
      libraryChoices: emailVerified ? [MAPPED_EMAIL_VERIFIED] : [],
    }],
  })),
  {
    file: 'integ.user-pool-idp.saml.ts',
    commit: '212a8b98a184fce191eb94a1322cc228e9b429be',
    pools: [
      {
        id: 'pool',
        props: () => ({ removalPolicy: RemovalPolicy.DESTROY, domain: { cognitoDomainPrefix: 'cdk-test-pool' } }),
        attach: (pool, stack) => ({
          saml: new cognito.UserPoolIdentityProviderSaml(stack, 'samlProvider', {
            userPool: pool.userPool,
            name: 'provider',
            metadata: cognito.UserPoolIdentityProviderSamlMetadata.url('https://fujifish.github.io/samling/public/metadata.xml'),
            encryptedResponses: true,
            requestSigningAlgorithm: cognito.SigningAlgorithm.RSA_SHA256,
          }),
        }),
        clients: () => [client('client')],
      },
      {
        id: 'poolForIdpInitiatedSaml',
        props: () => ({ removalPolicy: RemovalPolicy.DESTROY }),
        attach: (pool, stack) => ({
          saml: new cognito.UserPoolIdentityProviderSaml(stack, 'samlProviderIdpInitiated', {
            userPool: pool.userPool,
            name: 'IdPInitiatedProvider',
            metadata: cognito.UserPoolIdentityProviderSamlMetadata.url('https://fujifish.github.io/samling/public/metadata.xml'),
            idpInitiated: true,
          }),
        }),
        clients: ({ saml }) => [client('idpInitiatedClient', {
          supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom(saml.providerName)],
        })],
      },
    ],
  },
  {
    file: 'integ.user-pool-inbound-federation.ts',
    commit: '726c01a59448c1f2260bab937251fa09999ca803',
    pools: ['UserPoolWithProp', 'UserPoolWithMethod'].map((id) => ({
      id,
      props: () => ({ removalPolicy: RemovalPolicy.DESTROY, appClients: [client('Client', { authFlows: { userSrp: true } })] }),
      attach: (pool: EnterpriseUserPool, stack: Stack) => {
        const fn = stack.node.tryFindChild('InboundFederationLambda') as lambda.IFunction ?? stubFunction(stack, 'InboundFederationLambda');
        const cfnPool = pool.userPool.node.defaultChild as cognito.CfnUserPool;
        cfnPool.addPropertyOverride('LambdaConfig.InboundFederation', { LambdaArn: fn.functionArn, LambdaVersion: 'V1_0' });
        fn.addPermission(`${id}Invoke`, { principal: new iam.ServicePrincipal('cognito-idp.amazonaws.com'), sourceArn: pool.userPool.userPoolArn });
        return { fn };
      },
      notExpressed: [{
        setting: 'lambdaTriggers.inboundFederation / UserPoolOperation.INBOUND_FEDERATION',
        why: 'aws-cdk-lib 2.276 has neither; the same LambdaConfig.InboundFederation is set on the pool\'s CfnUserPool, with the invoke permission the L2 would add',
      }],
    })),
  },
  {
    file: 'integ.user-pool-issuer-type.ts',
    commit: '0da8031bac3950f71ca4bd265bba06019b07cf4e',
    pools: [['UserPoolOriginal', 'IssuerTypeOriginal', 'ORIGINAL'], ['UserPoolUpdated', 'IssuerTypeUpdated', 'UPDATED']].map(([id, userPoolName, type]) => ({
      id,
      props: () => ({ userPoolName, removalPolicy: RemovalPolicy.DESTROY, deletionProtection: false }),
      attach: (pool: EnterpriseUserPool) => {
        (pool.userPool.node.defaultChild as cognito.CfnUserPool).issuerConfiguration = { type };
        return {};
      },
      notExpressed: [{ setting: 'issuerType', why: 'aws-cdk-lib 2.276 UserPool has no issuerType prop; the same IssuerConfiguration is set on the pool\'s CfnUserPool' }],
    })),
  },
  {
    file: 'integ.user-pool-link-custom-placeholder.ts',
    commit: '94a26e858aaedf627ee343b776eb67e261a70322',
    pools: [{
      id: 'myuserpool',
      props: () => ({
        userPoolName: 'MyUserPool',
        removalPolicy: RemovalPolicy.DESTROY,
        deletionProtection: false,
        userVerification: {
          emailStyle: cognito.VerificationEmailStyle.LINK,
          emailSubject: 'Invite to join our awesome app!',
          emailBody: 'You have been invited to join our awesome app! {##Click here to verify your email##}',
        },
      }),
    }],
  },
  {
    file: 'integ.user-pool-mfa-email.ts',
    commit: 'b74791363f68ec3742c040b8f0b54a9f139c650f',
    pools: [{
      id: 'myuserpool',
      props: () => ({
        removalPolicy: RemovalPolicy.DESTROY,
        userPoolName: 'MyUserPool',
        email: cognito.UserPoolEmail.withSES({
          sesRegion: 'us-east-1',
          fromEmail: 'noreply@example.com',
          fromName: 'myname@mycompany.com',
          replyTo: 'support@example.com',
          sesVerifiedDomain: 'example.com',
        }),
        mfa: cognito.Mfa.REQUIRED,
        mfaSecondFactor: { sms: true, otp: false, email: true },
        advancedSecurityMode: cognito.AdvancedSecurityMode.ENFORCED,
        featurePlan: cognito.FeaturePlan.PLUS,
      }),
      notExpressed: [{ setting: 'the SES domain', why: 'the scenario reads a verified domain from its environment at deploy time; example.com stands for it' }],
    }],
  },
  {
    file: 'integ.user-pool-password-history-size.ts',
    commit: '57f4647def8b07e9bcac4871386d29473f2739e7',
    pools: [{ id: 'Pool', props: () => ({ passwordPolicy: { passwordHistorySize: 3 } }) }],
  },
  {
    file: 'integ.user-pool-passwordless.ts',
    commit: 'ee79c1c38ce13b88007a16f53d9f64f21329fc31',
    pools: [
      {
        id: 'myuserpool',
        props: () => ({
          passwordless: { passkeys: true, emailOtp: true, passkeyRelyingPartyId: 'example.com', passkeyUserVerification: cognito.PasskeyUserVerification.REQUIRED },
          mfa: cognito.Mfa.OFF,
          removalPolicy: RemovalPolicy.DESTROY,
          deletionProtection: false,
        }),
        libraryChoices: [SCENARIO_MFA_OFF],
      },
      {
        id: 'myuserpool-disabled-passwordless',
        props: () => ({
          signInPolicy: { allowedFirstAuthFactors: { password: true } },
          featurePlan: cognito.FeaturePlan.LITE,
          removalPolicy: RemovalPolicy.DESTROY,
          deletionProtection: false,
        }),
      },
    ],
  },
  {
    file: 'integ.user-pool-pre-token-generation-v2.ts',
    commit: '82977bc7441a9bd0e939c9350d3108cfb8a32bce',
    pools: [{
      id: 'pool',
      props: () => ({
        removalPolicy: RemovalPolicy.DESTROY,
        advancedSecurityMode: cognito.AdvancedSecurityMode.ENFORCED,
        featurePlan: cognito.FeaturePlan.PLUS,
        appClients: [client('client', { authFlows: { userSrp: true } })],
      }),
      attach: (pool, stack) => {
        const fn = stubFunction(stack, 'preTokenGenerationLambda');
        pool.userPool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, cognito.LambdaVersion.V2_0);
        return { fn };
      },
    }],
  },
  {
    file: 'integ.user-pool-pre-token-generation.ts',
    commit: '9103d3a00c49cbeb76e8853019ce30d3fc65db64',
    pools: [['UserPoolV2', cognito.LambdaVersion.V2_0], ['UserPoolV3', cognito.LambdaVersion.V3_0]].map(([id, version]) => ({
      id: id as string,
      props: () => ({
        removalPolicy: RemovalPolicy.DESTROY,
        featurePlan: cognito.FeaturePlan.PLUS,
        appClients: [client('Client', { authFlows: { userSrp: true } })],
      }),
      attach: (pool: EnterpriseUserPool, stack: Stack) => {
        const fn = stack.node.tryFindChild('PreTokenGenerationLambda') as lambda.IFunction ?? stubFunction(stack, 'PreTokenGenerationLambda');
        pool.userPool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, version as cognito.LambdaVersion);
        return { fn };
      },
    })),
  },
  {
    file: 'integ.user-pool-resource-server.ts',
    commit: '94a26e858aaedf627ee343b776eb67e261a70322',
    pools: [{
      id: 'myuserpool',
      props: () => ({ userPoolName: 'MyUserPool', removalPolicy: RemovalPolicy.DESTROY }),
      attach: (pool) => {
        const read = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'read only' });
        const server = pool.userPool.addResourceServer('myserver', { identifier: 'users', scopes: [read] });
        return { server, read };
      },
      clients: ({ server, read }) => [{
        name: 'users-app',
        generateSecret: true,
        oAuthFlows: { clientCredentials: true },
        oAuthScopes: [cognito.OAuthScope.resourceServer(server, read)],
      }],
    }],
  },
  {
    file: 'integ.user-pool-ses-email.ts',
    commit: '64f603a38620b8c70d36ae54f78d7e851e19b517',
    pools: [
      {
        id: 'myuserpool',
        props: () => ({
          removalPolicy: RemovalPolicy.DESTROY,
          userPoolName: 'MyUserPool',
          email: cognito.UserPoolEmail.withSES({
            sesRegion: 'us-east-1',
            fromEmail: 'noreply@example.com',
            fromName: 'myname@mycompany.com',
            replyTo: 'support@example.com',
            sesVerifiedDomain: 'example.com',
          }),
        }),
      },
      {
        id: 'idnuserpool',
        props: () => ({
          removalPolicy: RemovalPolicy.DESTROY,
          userPoolName: 'MyIdnUserPool',
          email: cognito.UserPoolEmail.withSES({ sesRegion: 'us-east-1', fromEmail: 'noreply@ドメイン.テスト' }),
        }),
      },
    ],
  },
  ...(['code', 'link'] as const).map((style): AwsCdkScenario => ({
    file: `integ.user-pool-signup-${style}.ts`,
    commit: style === 'code' ? '5043d97db56da0d40b4a72975c31ec68c4ac0b1c' : '2ebdad838abb087a639ec7fc0eb7bd2690eea4e5',
    pools: [{
      id: 'myuserpool',
      props: () => ({
        removalPolicy: RemovalPolicy.DESTROY,
        userPoolName: 'MyUserPool',
        autoVerify: { email: true, phone: true },
        selfSignUpEnabled: true,
        userVerification: style === 'code'
          ? {
            emailStyle: cognito.VerificationEmailStyle.CODE,
            emailSubject: 'integ-test: Verify your account',
            emailBody: 'integ-test: Account verification code is {####}',
            smsMessage: 'integ-test: Account verification code is {####}',
          }
          : {
            emailStyle: cognito.VerificationEmailStyle.LINK,
            emailSubject: 'integ-test: Verify your account',
            emailBody: 'integ-test: Verify by clicking on {##Verify Email##}',
            smsMessage: 'integ-test: Account verification code is {####}',
          },
        passwordPolicy: { requireUppercase: false, requireLowercase: false, requireDigits: false, requireSymbols: false },
        appClients: [client('signup-test', { generateSecret: false })],
        domain: style === 'link' ? { cognitoDomainPrefix: 'integ-user-pool-signup-link' } : undefined,
      }),
    }],
  })),
  {
    file: 'integ.user-pool-tags.ts',
    commit: '23f440067ffbebcef04a9b86f27e513f1cc49725',
    pools: [{
      id: 'myuserpool',
      props: () => ({ userPoolName: 'MyUserPool', removalPolicy: RemovalPolicy.DESTROY, deletionProtection: false, tags: { tag1: 'foo', tag2: 'bar' } }),
    }],
  },
  {
    file: 'integ.user-pool-threat-protection.ts',
    commit: '94a26e858aaedf627ee343b776eb67e261a70322',
    pools: [
      {
        id: 'userpool-standard-threat-protection',
        props: () => ({
          featurePlan: cognito.FeaturePlan.PLUS,
          standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
          removalPolicy: RemovalPolicy.DESTROY,
        }),
      },
      {
        id: 'userpool-custom-threat-protection',
        props: () => ({
          featurePlan: cognito.FeaturePlan.PLUS,
          customThreatProtectionMode: cognito.CustomThreatProtectionMode.FULL_FUNCTION,
          removalPolicy: RemovalPolicy.DESTROY,
        }),
      },
    ],
  },
  {
    file: 'integ.user-pool.ts',
    commit: '643d997d8629badefdde8ea9761d329f9d1a8c8c',
    pools: [{ id: 'myuserpool', props: () => ({ userPoolName: 'MyUserPool', removalPolicy: RemovalPolicy.DESTROY, deletionProtection: false }) }],
  },
];

export const UNEXPRESSED_SCENARIOS: UnexpressedScenario[] = [];
