import { CfnOutput } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as identitypool from 'aws-cdk-lib/aws-cognito-identitypool';
import { handWrittenClient, handWrittenDomain, handWrittenPool, writableAttributes } from './hand-written-pool';
import { CALLBACKS, SameIntentScenario } from './scenario';
import { EnterpriseSso, SamlAttributeMappingPreset } from '../../../lib';

const METADATA_URL = 'https://adfs.example.com/metadata.xml';
const MOBILE_CALLBACKS = { callbackUrls: ['myapp://callback'] };
const CLAIMS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';

/** Workforce SSO through ADFS: pool, domain, SAML provider, web and mobile clients, a group, an identity pool. */
export const ENTERPRISE_SSO: SameIntentScenario = {
  name: 'EnterpriseSso',
  library: (scope) => {
    const sso = new EnterpriseSso(scope, 'Sso', {
      domain: { cognitoDomainPrefix: 'bench-sso' },
      samlProviders: [{ name: 'Adfs', metadataUrl: METADATA_URL, preset: SamlAttributeMappingPreset.ADFS }],
      appClients: [{ name: 'web', ...CALLBACKS }, { name: 'mobile', ...MOBILE_CALLBACKS }],
      identityPool: {},
    });
    sso.pool.addGroup({ name: 'employees' });
  },
  handWritten: (scope) => {
    const pool = handWrittenPool(scope, {
      selfSignUp: false,
      mfa: cognito.Mfa.REQUIRED,
      minLength: 12,
      tempPasswordDays: 7,
      signInAliases: { username: true, email: true },
      customAttributes: {
        employee_id: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        department: new cognito.StringAttribute({ minLen: 1, maxLen: 256, mutable: true }),
        role: new cognito.StringAttribute({ minLen: 1, maxLen: 256, mutable: true }),
      },
    });
    pool.addGroup('employees', { groupName: 'employees' });
    const domain = handWrittenDomain(scope, pool, 'bench-sso');
    const adfs = new cognito.UserPoolIdentityProviderSaml(scope, 'Adfs', {
      userPool: pool,
      name: 'Adfs',
      metadata: cognito.UserPoolIdentityProviderSamlMetadata.url(METADATA_URL),
      idpSignout: false,
      idpInitiated: false,
      encryptedResponses: false,
      attributeMapping: {
        email: cognito.ProviderAttribute.other(`${CLAIMS}/emailaddress`),
        givenName: cognito.ProviderAttribute.other(`${CLAIMS}/givenname`),
        familyName: cognito.ProviderAttribute.other(`${CLAIMS}/surname`),
        custom: {
          'custom:employee_id': cognito.ProviderAttribute.other(`${CLAIMS}/employeeid`),
          'custom:department': cognito.ProviderAttribute.other('http://schemas.company.com/ws/2005/05/identity/claims/department'),
          'custom:role': cognito.ProviderAttribute.other('http://schemas.microsoft.com/ws/2008/06/identity/claims/role'),
        },
      },
    });
    const federated = {
      srp: false,
      identityProviders: [cognito.UserPoolClientIdentityProvider.custom('Adfs')],
      writeAttributes: writableAttributes('department', 'employee_id', 'role'),
      dependsOn: [adfs],
    };
    const web = handWrittenClient(scope, pool, { name: 'web', ...CALLBACKS, ...federated });
    const mobile = handWrittenClient(scope, pool, { name: 'mobile', ...MOBILE_CALLBACKS, ...federated });
    new identitypool.IdentityPool(scope, 'IdentityPool', {
      allowUnauthenticatedIdentities: false,
      allowClassicFlow: false,
      authenticationProviders: {
        userPools: [
          new identitypool.UserPoolAuthenticationProvider({ userPool: pool, userPoolClient: web }),
          new identitypool.UserPoolAuthenticationProvider({ userPool: pool, userPoolClient: mobile }),
        ],
      },
      roleMappings: [web, mobile].map((client) => ({
        mappingKey: client.node.id,
        providerUrl: identitypool.IdentityPoolProviderUrl.userPool(pool, client),
        useToken: true,
        resolveAmbiguousRoles: false,
      })),
    });
    new CfnOutput(scope, 'SamlEntityId', {
      value: `urn:amazon:cognito:sp:${pool.userPoolId}`,
      description: 'SAML entity id (audience) to register at the IdP',
    });
    new CfnOutput(scope, 'SamlAcsUrl', {
      value: `${domain.baseUrl()}/saml2/idpresponse`,
      description: 'SAML assertion consumer service URL to register at the IdP',
    });
  },
};
