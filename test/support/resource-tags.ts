import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import { CfnResource, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { IConstruct } from 'constructs';

/** Where a CloudFormation type keeps its tags, as its resource schema says. */
interface TagInformation {
  readonly tagPropertyName: string;
  /** `standard` and `asg` are lists of `{ Key, Value }`; `map` is an object of key → value. */
  readonly variant: string;
}

let schemas: Map<string, TagInformation | undefined> | undefined;

/** Tag information of every type in @aws-cdk/aws-service-spec; undefined for a type that takes no tags. */
function tagSchemas(): Map<string, TagInformation | undefined> {
  schemas ??= new Map(loadAwsServiceSpecSync().all('resource').map((resource) => [resource.cloudFormationType, resource.tagInformation]));
  return schemas;
}

/** Types that are not AWS resources and so have no schema. */
function withoutSchema(type: string): boolean {
  return type.startsWith('Custom::') || type === 'AWS::CDK::Metadata';
}

/** A resource's tags as key → value, whichever shape its type uses. */
function tagsOf(properties: { [name: string]: unknown } | undefined, info: TagInformation): { [key: string]: unknown } {
  const value = properties?.[info.tagPropertyName];
  if (value === undefined) {
    return {};
  }
  if (Array.isArray(value)) {
    return Object.fromEntries(value.map((tag: { Key: string; Value: unknown }) => [tag.Key, tag.Value]));
  }
  return value as { [key: string]: unknown };
}

/** What a walk over a construct's resources found. */
export interface TagAudit {
  /** `LogicalId Type` of every taggable resource checked. */
  readonly checked: string[];
  /** The types checked, sorted, each once. */
  readonly taggableTypes: string[];
  /** One line per taggable resource missing an expected tag (or carrying another value), or of an unknown type. */
  readonly problems: string[];
}

/**
 * Walks every CloudFormation resource under `scope` in its stack's template and checks that each
 * one whose type takes tags carries every expected tag with its value.
 */
export function auditTags(scope: IConstruct, expected: { [key: string]: string }): TagAudit {
  const stack = Stack.of(scope);
  // Synthesized, so the Tags aspects have run.
  const resources = Template.fromStack(stack).toJSON().Resources as { [id: string]: { Type: string; Properties?: { [name: string]: unknown } } };
  const own = new Set(scope.node.findAll().filter(CfnResource.isCfnResource).map((resource) => stack.resolve(resource.logicalId) as string));
  const checked: string[] = [];
  const problems: string[] = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!own.has(logicalId)) {
      continue;
    }
    const schemaKnown = tagSchemas().has(resource.Type);
    if (!schemaKnown) {
      if (!withoutSchema(resource.Type)) {
        problems.push(`${logicalId} ${resource.Type}: type not in @aws-cdk/aws-service-spec`);
      }
      continue;
    }
    const info = tagSchemas().get(resource.Type);
    if (!info) {
      continue;
    }
    checked.push(`${logicalId} ${resource.Type}`);
    const tags = tagsOf(resource.Properties, info);
    const wrong = Object.entries(expected).filter(([key, value]) => tags[key] !== value).map(([key, value]) => `${key}=${value}`);
    if (wrong.length > 0) {
      problems.push(`${logicalId} ${resource.Type}: ${info.tagPropertyName} lacks ${wrong.join(', ')}`);
    }
  }
  return { checked, taggableTypes: [...new Set(checked.map((entry) => entry.split(' ')[1]))].sort(), problems };
}
