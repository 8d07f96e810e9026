import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { ADFS, ssoProps } from './fixtures';
import { EnterpriseSso, SamlAttributeMappingPreset } from '../../lib/enterprise-sso';
import { testStack } from '../support/test-stack';

const WS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
const ROLE = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role';

const EXPECTED: Array<[string, SamlAttributeMappingPreset, { [attribute: string]: string }]> = [
  ['ADFS', SamlAttributeMappingPreset.ADFS, {
    'email': `${WS}/emailaddress`,
    'given_name': `${WS}/givenname`,
    'family_name': `${WS}/surname`,
    'custom:employee_id': `${WS}/employeeid`,
    'custom:department': 'http://schemas.company.com/ws/2005/05/identity/claims/department',
    'custom:role': ROLE,
  }],
  ['ENTRA_ID', SamlAttributeMappingPreset.ENTRA_ID, { 'email': `${WS}/emailaddress`, 'given_name': `${WS}/givenname`, 'family_name': `${WS}/surname`, 'custom:role': ROLE }],
  ['OKTA', SamlAttributeMappingPreset.OKTA, {
    'email': 'email',
    'given_name': 'firstName',
    'family_name': 'lastName',
    'custom:employee_id': 'employeeNumber',
    'custom:department': 'department',
    'custom:role': 'role',
  }],
  ['GOOGLE_WORKSPACE', SamlAttributeMappingPreset.GOOGLE_WORKSPACE, {
    'email': 'email',
    'given_name': 'firstName',
    'family_name': 'lastName',
    'custom:employee_id': 'employeeId',
    'custom:department': 'department',
  }],
];

function providerMapping(preset: SamlAttributeMappingPreset, extra: Partial<typeof ADFS> = {}, poolProps = {}): Template {
  const stack = testStack();
  new EnterpriseSso(stack, 'Sso', ssoProps({ ...poolProps, samlProviders: [{ ...ADFS, preset, ...extra }] }));
  return Template.fromStack(stack);
}

describe('SAML attribute-mapping presets', () => {
  test.each(EXPECTED)('%s maps its claims onto the pool attributes', (name, preset, mapping) => {
    expect(preset.name).toBe(name);
    providerMapping(preset).hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', { AttributeMapping: mapping });
  });

  test('explicit mappings are merged over the preset and win', () => {
    providerMapping(SamlAttributeMappingPreset.ADFS, {
      attributeMapping: {
        email: cognito.ProviderAttribute.other(`${WS}/upn`),
        custom: { 'custom:department': cognito.ProviderAttribute.other('http://schemas.example.com/claims/department') },
      },
    }).hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      AttributeMapping: Match.objectEquals({
        ...EXPECTED[0][2],
        'email': `${WS}/upn`,
        'custom:department': 'http://schemas.example.com/claims/department',
      }),
    });
  });

  test('preset mappings onto attributes the pool lacks or cannot update are left out', () => {
    const template = providerMapping(SamlAttributeMappingPreset.ADFS, {}, {
      customAttributes: {
        employee_id: new cognito.StringAttribute({ mutable: false }),
        department: new cognito.StringAttribute({ mutable: true }),
      },
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      AttributeMapping: Match.objectEquals({
        'email': `${WS}/emailaddress`,
        'given_name': `${WS}/givenname`,
        'family_name': `${WS}/surname`,
        'custom:department': 'http://schemas.company.com/ws/2005/05/identity/claims/department',
      }),
    });
  });

  test('a preset of your own', () => {
    const preset = SamlAttributeMappingPreset.of('PING', {
      email: cognito.ProviderAttribute.other('mail'),
      givenName: cognito.ProviderAttribute.other('givenName'),
      familyName: cognito.ProviderAttribute.other('sn'),
    });
    expect(preset.name).toBe('PING');
    providerMapping(preset).hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      AttributeMapping: { email: 'mail', given_name: 'givenName', family_name: 'sn' },
    });
  });

  test('every preset maps the attributes the pool requires, so no warning', () => {
    for (const [, preset] of EXPECTED) {
      const stack = testStack();
      new EnterpriseSso(stack, 'Sso', ssoProps({ samlProviders: [{ ...ADFS, preset }] }));
      Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('CE-SSO'));
    }
  });
});
