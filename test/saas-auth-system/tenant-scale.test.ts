import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dataAccessStatements, REDIRECTS } from './saas-fixtures';
import { SaasAuthSystem } from '../../lib/saas-auth-system';
import { testStack } from '../support/nag';

/** Tenant ids as an application would hold them: rows of data, never construct props. */
function tenantIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `tenant${String(i).padStart(5, '0')}`);
}

/** An AdminCreateUser request: in ABAC mode, all that onboarding a tenant takes. */
interface TenantUserRequest {
  readonly Username: string;
  readonly UserAttributes: { Name: string; Value: string }[];
}

/**
 * A SaaS app with per-tenant isolation for S3 and DynamoDB, and its tenants. The tenants are the
 * users' `custom:tenant_id` values sent to Cognito at run time; nothing about them is construct
 * input, and the test shows nothing about them needs to be.
 */
function abacApp(tenants: string[]): { template: Template; statements: any[]; tenantUsers: TenantUserRequest[] } {
  const stack = testStack();
  const system = new SaasAuthSystem(stack, 'Auth', REDIRECTS);
  system.grantTenantS3Objects(s3.Bucket.fromBucketName(stack, 'Files', 'files'), { prefix: 'tenants/' });
  system.grantTenantDynamoDbItems(dynamodb.Table.fromTableName(stack, 'Items', 'items'));
  const tenantUsers = tenants.map((tenantId) => ({
    Username: `admin@${tenantId}.example.com`,
    UserAttributes: [{ Name: 'custom:tenant_id', Value: tenantId }],
  }));
  return { template: Template.fromStack(stack), statements: dataAccessStatements(stack, system), tenantUsers };
}

function groupApp(tenants: string[]): Stack {
  const stack = testStack();
  new SaasAuthSystem(stack, 'Auth', { ...REDIRECTS, tenantGroups: tenants });
  return stack;
}

/** Whether an S3 object key matches an IAM resource pattern once the tenant tag is substituted. */
function keyAllowed(pattern: string, tenantId: string, key: string): boolean {
  const resolved = pattern.split('${aws:PrincipalTag/tenant_id}').join(tenantId);
  const regex = new RegExp(`^${resolved.split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(key);
}

describe('tenants are data in ABAC mode', () => {
  test('1, 100 and 10,000 tenants synthesize the byte-identical template', () => {
    const sizes = [1, 100, 10_000].map((count) => {
      const { template, tenantUsers } = abacApp(tenantIds(count));
      expect(tenantUsers).toHaveLength(count);
      const json = JSON.stringify(template.toJSON());
      return { count, bytes: json.length, resources: Object.keys(template.toJSON().Resources).length, json };
    });
    expect(new Set(sizes.map((size) => size.json)).size).toBe(1);
    expect(sizes[2].json).not.toMatch(/tenant\d{5}/);
    expect(sizes.map((size) => size.resources)).toEqual([sizes[0].resources, sizes[0].resources, sizes[0].resources]);
  });

  test('the one tenant statement isolates each of 10,000 tenants from its neighbour', () => {
    const objects = abacApp([]).statements.find((s: any) => JSON.stringify(s.Resource).includes('tenants/'));
    const joined: string = objects.Resource['Fn::Join'][1].map((part: unknown) => (typeof part === 'string' ? part : '')).join('');
    const pattern = joined.slice(joined.indexOf('tenants/'));
    const tenants = tenantIds(10_000);
    tenants.forEach((tenantId, i) => {
      const neighbour = tenants[(i + 1) % tenants.length];
      expect(keyAllowed(pattern, tenantId, `tenants/${tenantId}/report.pdf`)).toBe(true);
      expect(keyAllowed(pattern, tenantId, `tenants/${neighbour}/report.pdf`)).toBe(false);
    });
  });

  test('by contrast, tenant groups add a group and a role per tenant', () => {
    const counts = [1, 5, 10].map((count) => Object.keys(Template.fromStack(groupApp(tenantIds(count))).toJSON().Resources).length);
    expect(counts[1] - counts[0]).toBe(2 * 4);
    expect(counts[2] - counts[1]).toBe(2 * 5);
  });
});
