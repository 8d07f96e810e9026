import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dataAccessStatements, REDIRECTS } from './saas-fixtures';
import { SaasAuthSystem } from '../../lib/saas-auth-system';
import { testStack } from '../support/test-stack';

/** Tenant ids as an application would hold them: rows of data, never construct props. */
function tenantIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `tenant${String(i).padStart(5, '0')}`);
}

/**
 * A SaaS app with per-tenant isolation for S3 and DynamoDB. Its tenants are the users'
 * `custom:tenant_id` values, set at run time by AdminCreateUser: no construct prop takes them.
 */
function abacApp(): { template: Template; statements: any[] } {
  const stack = testStack();
  const system = new SaasAuthSystem(stack, 'Auth', REDIRECTS);
  system.grantTenantS3Objects(s3.Bucket.fromBucketName(stack, 'Files', 'files'), { prefix: 'tenants/' });
  system.grantTenantDynamoDbItems(dynamodb.Table.fromTableName(stack, 'Items', 'items'));
  return { template: Template.fromStack(stack), statements: dataAccessStatements(stack, system) };
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
  test('one template serves 1, 100 or 10,000 tenants, where tenant groups grow with every tenant', () => {
    const { template, statements } = abacApp();
    const tenantStatements = statements.filter((statement: any) => JSON.stringify(statement).includes('${aws:PrincipalTag/tenant_id}'));
    // S3 objects and DynamoDB items: isolation is keyed on the session's tenant tag, never on a tenant id.
    expect(tenantStatements.length).toBeGreaterThanOrEqual(2);
    const abacResources = Object.keys(template.toJSON().Resources).length;

    const grouped = [1, 100].map((count) => Object.keys(Template.fromStack(groupApp(tenantIds(count))).toJSON().Resources).length);
    expect(grouped[1] - grouped[0]).toBe(2 * 99);
    // At two resources per tenant, 10,000 tenant groups would need 20,000 resources against
    // CloudFormation's 500 per stack; the ABAC template stays at its fixed size.
    const tenThousandGrouped = grouped[0] + 2 * (10_000 - 1);
    expect(tenThousandGrouped).toBeGreaterThan(500);
    expect(abacResources).toBeLessThan(100);
  });

  test('the one tenant statement isolates each of 10,000 tenants from its neighbour', () => {
    const objects = abacApp().statements.find((s: any) => JSON.stringify(s.Resource).includes('tenants/'));
    const joined: string = objects.Resource['Fn::Join'][1].map((part: unknown) => (typeof part === 'string' ? part : '')).join('');
    const pattern = joined.slice(joined.indexOf('tenants/'));
    const tenants = tenantIds(10_000);
    tenants.forEach((tenantId, i) => {
      const neighbour = tenants[(i + 1) % tenants.length];
      expect(keyAllowed(pattern, tenantId, `tenants/${tenantId}/report.pdf`)).toBe(true);
      expect(keyAllowed(pattern, tenantId, `tenants/${neighbour}/report.pdf`)).toBe(false);
    });
  });
});
