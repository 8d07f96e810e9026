import * as cognito from 'aws-cdk-lib/aws-cognito';

const claim = (uri: string) => cognito.ProviderAttribute.other(uri);

/** The claim-type namespace that ADFS and Microsoft Entra ID use for the standard identity claims. */
const WS_CLAIMS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
/** The namespace of the role claim that ADFS claim rules and Entra ID app roles emit. */
const MS_ROLE_CLAIM = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role';

/**
 * How the SAML assertions of a common identity provider map onto the pool's attributes: email,
 * given and family name, and — where the IdP has a conventional claim for them — the
 * `custom:employee_id`, `custom:department` and `custom:role` attributes.
 *
 * A preset is a starting point: a provider's explicit `attributeMapping` is merged over it, and
 * its mappings onto custom attributes the pool does not have (or cannot update) are left out.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html
 */
export class SamlAttributeMappingPreset {
  /**
   * Active Directory Federation Services: the WS-Federation claim URIs of the default claim
   * rules, the `employeeid` and company `department` claims, and the role claim.
   */
  public static readonly ADFS = new SamlAttributeMappingPreset('ADFS', {
    email: claim(`${WS_CLAIMS}/emailaddress`),
    givenName: claim(`${WS_CLAIMS}/givenname`),
    familyName: claim(`${WS_CLAIMS}/surname`),
    custom: {
      'custom:employee_id': claim(`${WS_CLAIMS}/employeeid`),
      'custom:department': claim('http://schemas.company.com/ws/2005/05/identity/claims/department'),
      'custom:role': claim(MS_ROLE_CLAIM),
    },
  });

  /**
   * Microsoft Entra ID (Azure AD) enterprise applications: the default user claims and the
   * app-role claim. Entra ID sends employee id and department only when an administrator adds
   * claims for them, under names of their choosing: map those explicitly.
   */
  public static readonly ENTRA_ID = new SamlAttributeMappingPreset('ENTRA_ID', {
    email: claim(`${WS_CLAIMS}/emailaddress`),
    givenName: claim(`${WS_CLAIMS}/givenname`),
    familyName: claim(`${WS_CLAIMS}/surname`),
    custom: {
      'custom:role': claim(MS_ROLE_CLAIM),
    },
  });

  /**
   * Okta SAML applications: the attribute statements of Okta's setup guides (`email`,
   * `firstName`, `lastName`) plus `employeeNumber`, `department` and `role`.
   */
  public static readonly OKTA = new SamlAttributeMappingPreset('OKTA', {
    email: claim('email'),
    givenName: claim('firstName'),
    familyName: claim('lastName'),
    custom: {
      'custom:employee_id': claim('employeeNumber'),
      'custom:department': claim('department'),
      'custom:role': claim('role'),
    },
  });

  /**
   * Google Workspace custom SAML apps: the attribute names to give the directory fields
   * (Primary email, First name, Last name, Employee ID, Department) in the app's mapping.
   */
  public static readonly GOOGLE_WORKSPACE = new SamlAttributeMappingPreset('GOOGLE_WORKSPACE', {
    email: claim('email'),
    givenName: claim('firstName'),
    familyName: claim('lastName'),
    custom: {
      'custom:employee_id': claim('employeeId'),
      'custom:department': claim('department'),
    },
  });

  /**
   * A preset of your own, for an IdP or claim rules the built-in presets do not cover.
   * @param name a name for the preset, used in messages
   * @param attributeMapping the mapping of IdP attributes onto pool attributes
   */
  public static of(name: string, attributeMapping: cognito.AttributeMapping): SamlAttributeMappingPreset {
    return new SamlAttributeMappingPreset(name, attributeMapping);
  }

  /**
   * @param name the preset's name, used in messages
   * @param attributeMapping the mapping of IdP attributes onto pool attributes
   */
  private constructor(
    /** The preset's name, used in messages. */
    public readonly name: string,
    /** The mapping of IdP attributes onto pool attributes. */
    public readonly attributeMapping: cognito.AttributeMapping,
  ) {}
}
