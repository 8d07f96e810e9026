import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import { COGNITO_REPLACEMENT_PROPERTIES } from '../../lib/upgrade-guard/replacement-properties';

/** Create-only properties of every AWS::Cognito::* type, as the database records them. */
function replacementPropertiesFromSpec(): { [resourceType: string]: string[] } {
  const db = loadAwsServiceSpecSync();
  const table: { [resourceType: string]: string[] } = {};
  for (const resource of db.all('resource')) {
    if (!resource.cloudFormationType.startsWith('AWS::Cognito::')) {
      continue;
    }
    const replacing = Object.entries(resource.properties)
      .filter(([, property]) => property.causesReplacement === 'yes' || property.causesReplacement === 'maybe')
      .map(([name]) => name);
    // Paths into nested types also replace the resource; the guard compares their top-level property.
    const nested = (resource.additionalReplacementProperties ?? []).map((path) => path[0]);
    table[resource.cloudFormationType] = [...new Set([...replacing, ...nested])].sort();
  }
  return table;
}

describe('the checked-in replacement table', () => {
  test('equals what @aws-cdk/aws-service-spec records for every AWS::Cognito::* type', () => {
    const fromSpec = replacementPropertiesFromSpec();
    const checkedIn = Object.fromEntries(Object.entries(COGNITO_REPLACEMENT_PROPERTIES).map(([type, props]) => [type, [...props].sort()]));
    expect(checkedIn).toEqual(fromSpec);
  });

  test('the facts the guard relies on hold', () => {
    expect(COGNITO_REPLACEMENT_PROPERTIES['AWS::Cognito::UserPool']).toEqual([]);
    expect(COGNITO_REPLACEMENT_PROPERTIES['AWS::Cognito::IdentityPool']).toEqual([]);
    expect(COGNITO_REPLACEMENT_PROPERTIES['AWS::Cognito::UserPoolClient']).toEqual(['GenerateSecret', 'UserPoolId']);
  });
});
