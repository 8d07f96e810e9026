import { SecretValue } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { ALL_SOCIAL_PROVIDERS, portalWithProviders } from './portal-fixtures';
import { testStack } from '../support/test-stack';

/** Recognisable stand-ins for real credentials: none may ever reach a template. */
const FAKE_SECRETS = ['GOCSPX-FAKE-google-secret-0001', 'fb0fake0secret0000000000000000001', '-----BEGIN PRIVATE KEY-----', 'amzn-fake-secret-0001'];
/** Strings that look like credentials: key material or long random tokens. */
const LOOKS_SECRET = /BEGIN [A-Z ]*PRIVATE KEY|GOCSPX-|^[A-Za-z0-9+/_-]{32,}$/;
const CREDENTIAL_FIELDS = ['client_secret', 'private_key'];

/** References name resources by logical id; those are not values. */
const REFERENCE = /\.(Ref|Fn::GetAtt(\[\d+\])?|DependsOn(\[\d+\])?)$/;

/** Strings in the template's resources and outputs that look like credentials. */
function secretLookingStrings(json: { [section: string]: unknown }): Array<[string, string]> {
  return strings({ Resources: json.Resources, Outputs: json.Outputs })
    .filter(([path, text]) => !REFERENCE.test(path) && LOOKS_SECRET.test(text));
}

/** Every string literal in a template, with the path it was found at. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') {
    return [[path, value]];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  }
  return [];
}

/** Credentials of identity providers that are not Secrets Manager dynamic references. */
function plainCredentials(template: Template): string[] {
  const problems: string[] = [];
  for (const [id, resource] of Object.entries(template.findResources('AWS::Cognito::UserPoolIdentityProvider'))) {
    for (const field of CREDENTIAL_FIELDS.filter((name) => resource.Properties.ProviderDetails[name] !== undefined)) {
      const rendered = strings(resource.Properties.ProviderDetails[field]).map(([, text]) => text).join('');
      if (!rendered.startsWith('{{resolve:secretsmanager:arn:') || !rendered.endsWith('}}')) {
        problems.push(`${id}.${field}`);
      }
    }
  }
  return problems;
}

describe('CustomerPortal keeps provider credentials out of the template', () => {
  const template = Template.fromStack(portalWithProviders(ALL_SOCIAL_PROVIDERS).stack);
  const json = JSON.stringify(template.toJSON());

  test('every credential is a Secrets Manager dynamic reference', () => {
    expect(plainCredentials(template)).toEqual([]);
    const details = Object.values(template.findResources('AWS::Cognito::UserPoolIdentityProvider')).map((resource) => resource.Properties.ProviderDetails);
    const credentials = details.map((detail) => strings(detail.client_secret ?? detail.private_key).map(([, text]) => text).join(''));
    expect(credentials).toEqual([
      expect.stringMatching(/^\{\{resolve:secretsmanager:arn:.*:secret:shop\/google:SecretString:clientSecret::\}\}$/),
      expect.stringMatching(/^\{\{resolve:secretsmanager:arn:.*:secret:shop\/facebook:SecretString:appSecret::\}\}$/),
      expect.stringMatching(/^\{\{resolve:secretsmanager:arn:.*:secret:shop\/apple:SecretString:privateKey::\}\}$/),
      '{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/amazon-AbCdEf:SecretString:::}}',
    ]);
  });

  test('no string anywhere in the template looks like a secret', () => {
    for (const fake of FAKE_SECRETS) {
      expect(json).not.toContain(fake);
    }
    expect(secretLookingStrings(template.toJSON())).toEqual([]);
  });

  test('no secret is published as an output or parameter', () => {
    expect(JSON.stringify(template.toJSON().Outputs ?? {})).not.toMatch(/secret/i);
    template.resourceCountIs('AWS::SecretsManager::Secret', 0);
  });

  test('the checks do catch a plain-text credential', () => {
    const leaky = testStack('Leaky');
    const pool = new cognito.UserPool(leaky, 'Pool');
    new cognito.UserPoolIdentityProviderAmazon(leaky, 'Amazon', { userPool: pool, clientId: 'amzn-client', clientSecret: FAKE_SECRETS[3] });
    new cognito.UserPoolIdentityProviderGoogle(leaky, 'Google', { userPool: pool, clientId: 'google-client', clientSecretValue: SecretValue.unsafePlainText(FAKE_SECRETS[0]) });
    const leakyTemplate = Template.fromStack(leaky);
    expect(plainCredentials(leakyTemplate)).toHaveLength(2);
    expect(secretLookingStrings(leakyTemplate.toJSON())).not.toEqual([]);
  });
});
