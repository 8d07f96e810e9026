import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { IdentityPool } from 'aws-cdk-lib/aws-cognito-identitypool';
import { EnterpriseUserPool, EnterpriseUserPoolProps } from '../../lib';
import { ENTERPRISE_POOL_DEFAULTS } from '../../lib/enterprise-user-pool/defaults';
import { CognitoResourceChange, CognitoUpgradeFinding, CognitoUpgradeGuard } from '../../lib/upgrade-guard';
import { testStack } from '../support/test-stack';

/** An explicit standardAttributes replaces the defaults: these changes restate them. */
const DEFAULT_STANDARD = ENTERPRISE_POOL_DEFAULTS.standardAttributes;

/** Synthesizes one version of an auth stack. */

function synth(build: (stack: Stack) => void): any {
  const stack = testStack('Auth');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

const enterprisePool = (props: EnterpriseUserPoolProps = {}) => synth((stack) => new EnterpriseUserPool(stack, 'Users', props));
const l2Pool = (props: cognito.UserPoolProps = {}) => synth((stack) => new cognito.UserPool(stack, 'Pool', props));
/** An EnterpriseUserPool whose rendered pool is adjusted where no construct prop reaches. */
const overriddenPool = (path: string, value: unknown) => synth((stack) => {
  const pool = new EnterpriseUserPool(stack, 'Users');
  (pool.userPool.node.defaultChild as cognito.CfnUserPool).addPropertyOverride(path, value);
});
const identityPool = (customProvider?: string) => synth((stack) => new IdentityPool(stack, 'Identities', {
  authenticationProviders: customProvider ? { customProvider } : undefined,
}));

function rejected(before: any, after: any): CognitoUpgradeFinding[] {
  return CognitoUpgradeGuard.compare(before, after).findings.filter((f) => f.change === CognitoResourceChange.REJECTED_UPDATE);
}

const withoutEmployeeId = { department: new cognito.StringAttribute({ minLen: 1, maxLen: 256, mutable: true }) };
const defaultCustom = {
  department: new cognito.StringAttribute({ minLen: 1, maxLen: 256, mutable: true }),
  employee_id: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: false }),
};

/** The default custom attributes with some replaced or added. */
const withCustom = (attributes: { [name: string]: cognito.ICustomAttribute }) =>
  enterprisePool({ customAttributes: { ...defaultCustom, ...attributes } });

interface Case {
  /** What changes between the deployed and the new template. */
  readonly change: string;
  readonly before: () => any;
  readonly after: () => any;
  /** The property paths reported; empty when Cognito accepts the change. */
  readonly causes: string[];
  /** Words of the finding's reason, when one is expected. */
  readonly reason?: RegExp;
}

const CASES: Case[] = [
  // UsernameAttributes
  {
    change: 'username attribute email → phone number',
    before: () => l2Pool({ signInAliases: { email: true } }),
    after: () => l2Pool({ signInAliases: { phone: true } }),
    causes: ['UsernameAttributes'],
    reason: /UsernameAttributes \["email"\] → \["phone_number"\]: .*fixed when the pool is created/,
  },
  {
    change: 'same username attribute, self sign-up turned on',
    before: () => l2Pool({ signInAliases: { email: true } }),
    after: () => l2Pool({ signInAliases: { email: true }, selfSignUpEnabled: true }),
    causes: [],
  },
  // AliasAttributes
  {
    change: 'preferred username added as an alias',
    before: () => enterprisePool(),
    after: () => enterprisePool({ signInAliases: { username: true, email: true, preferredUsername: true } }),
    causes: ['AliasAttributes'],
    reason: /AliasAttributes \["email"\] → \["email","preferred_username"\]/,
  },
  {
    change: 'same aliases, MFA made optional',
    before: () => enterprisePool(),
    after: () => enterprisePool({ signInAliases: { username: true, email: true }, mfa: cognito.Mfa.OPTIONAL }),
    causes: [],
  },
  // UsernameConfiguration.CaseSensitive
  {
    change: 'case-insensitive sign-in made case-sensitive',
    before: () => enterprisePool(),
    after: () => enterprisePool({ signInCaseSensitive: true }),
    causes: ['UsernameConfiguration.CaseSensitive'],
    reason: /false → true: .*immutable/,
  },
  {
    change: 'a pool created without UsernameConfiguration now states case-sensitive sign-in (the same setting)',
    before: () => synth((stack) => new cognito.CfnUserPool(stack, 'Pool')),
    after: () => synth((stack) => new cognito.CfnUserPool(stack, 'Pool', { usernameConfiguration: { caseSensitive: true } })),
    causes: [],
  },
  // Custom attribute removed
  {
    change: 'custom attribute employee_id removed',
    before: () => enterprisePool(),
    after: () => enterprisePool({ customAttributes: withoutEmployeeId }),
    causes: ['Schema.employee_id'],
    reason: /Schema.employee_id removed: a custom attribute cannot be removed/,
  },
  {
    change: 'custom attribute tenant_id added',
    before: () => enterprisePool(),
    after: () => withCustom({ tenant_id: new cognito.StringAttribute({ maxLen: 64, mutable: false }) }),
    causes: [],
  },
  // Required
  {
    change: 'given_name no longer required',
    before: () => enterprisePool(),
    after: () => enterprisePool({ standardAttributes: { ...DEFAULT_STANDARD, givenName: { required: false, mutable: true } } }),
    causes: ['Schema.given_name.Required'],
    reason: /true → false: an attribute cannot be switched between required and optional/,
  },
  {
    change: 'phone_number, never declared, made required',
    before: () => enterprisePool(),
    after: () => enterprisePool({ standardAttributes: { ...DEFAULT_STANDARD, phoneNumber: { required: true } } }),
    causes: ['Schema.phone_number.Required'],
  },
  {
    change: 'nickname declared with the values it already has (optional, mutable)',
    before: () => enterprisePool(),
    after: () => enterprisePool({ standardAttributes: { ...DEFAULT_STANDARD, nickname: { required: false, mutable: true } } }),
    causes: [],
  },
  // Mutable
  {
    change: 'custom attribute department made immutable',
    before: () => enterprisePool(),
    after: () => withCustom({ department: new cognito.StringAttribute({ minLen: 1, maxLen: 256, mutable: false }) }),
    causes: ['Schema.department.Mutable'],
    reason: /true → false: an existing attribute cannot be made mutable or immutable/,
  },
  {
    change: 'standard attribute family_name made immutable',
    before: () => enterprisePool(),
    after: () => enterprisePool({ standardAttributes: { ...DEFAULT_STANDARD, familyName: { required: true, mutable: false } } }),
    causes: ['Schema.family_name.Mutable'],
  },
  {
    change: 'a new immutable custom attribute added',
    before: () => enterprisePool(),
    after: () => withCustom({ cost_centre: new cognito.StringAttribute({ mutable: false }) }),
    causes: [],
  },
  // AttributeDataType
  {
    change: 'custom attribute employee_id changed from string to number',
    before: () => enterprisePool(),
    after: () => withCustom({ employee_id: new cognito.NumberAttribute({ mutable: false }) }),
    causes: ['Schema.employee_id.AttributeDataType'],
    reason: /"String" → "Number": an existing attribute's data type cannot change/,
  },
  {
    change: 'a new number attribute added next to the string ones',
    before: () => enterprisePool(),
    after: () => withCustom({ seniority: new cognito.NumberAttribute({ min: 0, max: 60, mutable: true }) }),
    causes: [],
  },
  // DeveloperOnlyAttribute
  {
    change: 'custom attribute department made developer-only',
    before: () => overriddenPool('Schema.3.DeveloperOnlyAttribute', false),
    after: () => overriddenPool('Schema.3.DeveloperOnlyAttribute', true),
    causes: ['Schema.department.DeveloperOnlyAttribute'],
  },
  {
    change: 'developer-only flag stated with the value it already has',
    before: () => overriddenPool('Schema.3.DeveloperOnlyAttribute', false),
    after: () => overriddenPool('Schema.3.DeveloperOnlyAttribute', false),
    causes: [],
  },
  // String and number constraints
  {
    change: 'department widened from 256 to 512 characters',
    before: () => enterprisePool(),
    after: () => withCustom({ department: new cognito.StringAttribute({ minLen: 1, maxLen: 512, mutable: true }) }),
    causes: ['Schema.department.StringAttributeConstraints'],
    reason: /"MaxLength":"256".*→.*"MaxLength":"512".*neither widened nor narrowed/,
  },
  {
    change: 'number range of seniority narrowed',
    before: () => withCustom({ seniority: new cognito.NumberAttribute({ min: 0, max: 60 }) }),
    after: () => withCustom({ seniority: new cognito.NumberAttribute({ min: 0, max: 50 }) }),
    causes: ['Schema.seniority.NumberAttributeConstraints'],
  },
  {
    change: 'constraints unchanged, the attributes declared in another order',
    before: () => enterprisePool(),
    after: () => enterprisePool({ customAttributes: { employee_id: defaultCustom.employee_id, department: defaultCustom.department } }),
    causes: [],
  },
  // Identity pool DeveloperProviderName
  {
    change: 'developer provider name of an identity pool renamed',
    before: () => identityPool('login.example.app'),
    after: () => identityPool('login.example.com'),
    causes: ['DeveloperProviderName'],
    reason: /"login.example.app" → "login.example.com": an identity pool's developer provider name cannot change/,
  },
  {
    change: 'developer provider name set for the first time',
    before: () => identityPool(),
    after: () => identityPool('login.example.app'),
    causes: [],
  },
];

describe('updates Cognito refuses', () => {
  test.each(CASES.map((c) => [c.change, c] as const))('%s', (_, { before, after, causes, reason }) => {
    const findings = rejected(before(), after());

    if (causes.length === 0) {
      expect(findings).toEqual([]);
      return;
    }
    expect(findings).toHaveLength(1);
    expect(findings[0].causes).toEqual(causes);
    expect(findings[0].message).toMatch(/would fail to update: CloudFormation updates it in place, but Cognito refuses the change/);
    if (reason) {
      expect(findings[0].message).toMatch(reason);
    }
  });

  test('the finding names the pool by its logical ID and type', () => {
    const before = enterprisePool();
    const poolId = Object.keys(before.Resources).find((id) => before.Resources[id].Type === 'AWS::Cognito::UserPool');

    expect(rejected(before, enterprisePool({ customAttributes: withoutEmployeeId }))).toEqual([expect.objectContaining({
      logicalId: poolId,
      resourceType: 'AWS::Cognito::UserPool',
      change: CognitoResourceChange.REJECTED_UPDATE,
    })]);
  });

  test('several refused changes on one pool are one finding listing each', () => {
    const findings = rejected(enterprisePool(), enterprisePool({ signInCaseSensitive: true, customAttributes: withoutEmployeeId }));
    expect(findings).toHaveLength(1);
    expect(findings[0].causes).toEqual(['UsernameConfiguration.CaseSensitive', 'Schema.employee_id']);
  });

  test('a hand-written standard attribute with a data type is still a standard attribute', () => {
    const withSchema = (schema: unknown[]) => ({ Resources: { Pool: { Type: 'AWS::Cognito::UserPool', Properties: { Schema: schema } } } });
    const email = { Name: 'email', AttributeDataType: 'String', Mutable: true, Required: true };
    const tier = { Name: 'custom:tier', AttributeDataType: 'String', Mutable: true };

    // Dropping the email entry makes email optional: refused; it is not reported as a removed custom attribute.
    expect(rejected(withSchema([email, tier]), withSchema([tier])).map((f) => f.causes)).toEqual([['Schema.email.Required']]);
    // The prefix written or not names the same custom attribute.
    expect(rejected(withSchema([email, tier]), withSchema([email, { ...tier, Name: 'tier' }]))).toEqual([]);
  });

  test('a schema computed at deploy time is not judged', () => {
    const withSchema = (schema: unknown) => ({ Resources: { Pool: { Type: 'AWS::Cognito::UserPool', Properties: { Schema: schema } } } });
    const before = withSchema([{ Name: 'tier', AttributeDataType: 'String', Mutable: true }]);
    const after = withSchema({ 'Fn::If': ['Prod', [], [{ Name: 'tier', AttributeDataType: 'String', Mutable: true }]] });
    expect(CognitoUpgradeGuard.compare(before, after).findings).toEqual([]);
  });

  test('assertNoDataLoss fails on a refused update and accepts it once reviewed', () => {
    const before = enterprisePool();
    const after = enterprisePool({ signInCaseSensitive: true });
    const poolId = rejected(before, after)[0].logicalId;

    expect(() => CognitoUpgradeGuard.assertNoDataLoss(before, after)).toThrow(
      new RegExp(`fail to update 1 Cognito resource\\(s\\):\\n  - REJECTED_UPDATE ${poolId} \\(AWS::Cognito::UserPool\\): .*UsernameConfiguration.CaseSensitive`),
    );
    expect(() => CognitoUpgradeGuard.assertNoDataLoss(before, after, { acceptedLogicalIds: [poolId] })).not.toThrow();
  });
});
