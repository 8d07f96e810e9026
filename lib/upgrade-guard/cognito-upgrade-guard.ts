import { REFUSED_UPDATE_CHECKS } from './refused-updates';
import { COGNITO_REPLACEMENT_PROPERTIES } from './replacement-properties';
import { isCognitoType, isRetainedOnDelete, isRetainedOnReplace, resourcesOf, sameValue, TemplateResource } from './template-resources';
import { AssertNoDataLossOptions, CognitoResourceChange, CognitoUpgradeFinding, CognitoUpgradeReport } from './upgrade-finding';
import { whatIsLost } from './what-is-lost';

/**
 * Compares two synthesized CloudFormation templates — the one deployed today and the one an
 * upgrade would deploy — and reports every Amazon Cognito resource the upgrade would replace,
 * delete or orphan, and every in-place update Cognito would refuse (so the deployment would fail
 * and roll back). Use it in CI, before deploying a new version of your app or of a construct
 * library, so that a changed logical ID never silently deletes a user pool.
 *
 * @exampleMetadata fixture=construct
 * @example
 * // deployedTemplate: the template of the version deployed today, kept from its release.
 * CognitoUpgradeGuard.assertNoDataLoss(deployedTemplate, Template.fromStack(stack).toJSON());
 */
export class CognitoUpgradeGuard {
  /**
   * Lists the Cognito resources of `before` that deploying `after` would replace, delete or
   * orphan, or that Cognito would refuse to update in place. Resources that only change
   * properties Cognito can update are not reported.
   *
   * @param before the template deployed today (e.g. the JSON of the previous release's `cdk synth`)
   * @param after the template the upgrade would deploy
   */
  public static compare(before: any, after: any): CognitoUpgradeReport {
    const oldResources = resourcesOf(before, 'before');
    const newResources = resourcesOf(after, 'after');
    const findings: CognitoUpgradeFinding[] = [];
    for (const logicalId of Object.keys(oldResources).sort()) {
      const oldResource = oldResources[logicalId];
      if (!isCognitoType(oldResource?.Type)) {
        continue;
      }
      const newResource = newResources[logicalId];
      const finding = newResource === undefined
        ? removalFinding(logicalId, oldResource, addedOfType(oldResource.Type, oldResources, newResources))
        : replacementFinding(logicalId, oldResource, newResource) ?? refusedUpdateFinding(logicalId, oldResource, newResource);
      if (finding) {
        findings.push(finding);
      }
    }
    return { findings };
  }

  /**
   * Throws if deploying `after` over `before` would replace, delete or orphan any Cognito
   * resource, or make an update Cognito refuses, with a message that lists each one. Meant for a
   * test in the user's own suite.
   *
   * @param before the template deployed today
   * @param after the template the upgrade would deploy
   * @param options findings that were reviewed and accepted
   */
  public static assertNoDataLoss(before: any, after: any, options: AssertNoDataLossOptions = {}): void {
    const accepted = options.acceptedLogicalIds ?? [];
    const findings = CognitoUpgradeGuard.compare(before, after).findings
      .filter((finding) => !accepted.includes(finding.logicalId));
    if (findings.length > 0) {
      throw new Error([
        `Deploying this template would replace, delete, orphan or fail to update ${findings.length} Cognito resource(s):`,
        ...findings.map((finding) => `  - ${finding.change} ${finding.logicalId} (${finding.resourceType}): ${finding.message}`),
        'Keep the logical IDs, create-only properties and settings Cognito cannot change unchanged, or, after review, pass the logical IDs in acceptedLogicalIds.',
      ].join('\n'));
    }
  }

  private constructor() {}
}

function removalFinding(logicalId: string, resource: TemplateResource, addedSameType: string[]): CognitoUpgradeFinding {
  const moved = addedSameType.length > 0
    ? ` The new template adds ${resource.Type} ${addedSameType.join(', ')}: if that is the same resource under a new logical ID, CloudFormation creates a new, empty one rather than moving it; keep the old logical ID (e.g. with overrideLogicalId).`
    : '';
  if (isRetainedOnDelete(resource)) {
    return findingOf(logicalId, resource, CognitoResourceChange.ORPHAN, [],
      `is removed from the template, but its DeletionPolicy is ${resource.DeletionPolicy}, so CloudFormation keeps it and its data and stops managing it; the stack loses it and anything that referenced it now gets a new resource.${moved}`);
  }
  return findingOf(logicalId, resource, CognitoResourceChange.DELETE, [],
    `is removed from the template, so CloudFormation deletes it and with it ${whatIsLost(resource.Type)}.${moved}`);
}

function replacementFinding(logicalId: string, oldResource: TemplateResource, newResource: TemplateResource): CognitoUpgradeFinding | undefined {
  if (newResource.Type !== oldResource.Type) {
    return findingOf(logicalId, oldResource, CognitoResourceChange.REPLACE, ['Type'],
      `changes type to ${newResource.Type}, so CloudFormation deletes the ${oldResource.Type} and with it ${whatIsLost(oldResource.Type)}.`);
  }
  const causes = (COGNITO_REPLACEMENT_PROPERTIES[oldResource.Type] ?? [])
    .filter((property) => !sameValue(oldResource.Properties?.[property], newResource.Properties?.[property]));
  if (causes.length === 0) {
    return undefined;
  }
  const oldOne = isRetainedOnReplace(oldResource)
    ? 'keeps the old one (UpdateReplacePolicy Retain) outside the stack'
    : `deletes the old one and with it ${whatIsLost(oldResource.Type)}`;
  return findingOf(logicalId, oldResource, CognitoResourceChange.REPLACE, causes,
    `would be replaced: create-only ${causes.length === 1 ? 'property' : 'properties'} ${causes.join(', ')} changed, so CloudFormation creates a new one and ${oldOne}.`);
}

function refusedUpdateFinding(logicalId: string, oldResource: TemplateResource, newResource: TemplateResource): CognitoUpgradeFinding | undefined {
  const refused = REFUSED_UPDATE_CHECKS
    .filter((check) => check.resourceType === oldResource.Type)
    .flatMap((check) => check.check(oldResource.Properties ?? {}, newResource.Properties ?? {})
      .map((change) => ({ ...change, why: `${check.statement} (${check.source})` })));
  if (refused.length === 0) {
    return undefined;
  }
  const reasons = refused.map((change) => `${change.property} ${change.detail}: ${change.why}`).join('; ');
  return findingOf(logicalId, oldResource, CognitoResourceChange.REJECTED_UPDATE, refused.map((change) => change.property),
    `would fail to update: CloudFormation updates it in place, but Cognito refuses the change, so the deployment fails and the stack rolls back. ${reasons}.`);
}

function findingOf(
  logicalId: string, resource: TemplateResource, change: CognitoResourceChange, causes: string[], what: string,
): CognitoUpgradeFinding {
  return { logicalId, resourceType: resource.Type, change, causes, message: `${resource.Type} ${logicalId} ${what}` };
}

function addedOfType(
  resourceType: string, oldResources: { [id: string]: TemplateResource }, newResources: { [id: string]: TemplateResource },
): string[] {
  return Object.keys(newResources).sort()
    .filter((logicalId) => oldResources[logicalId] === undefined && newResources[logicalId]?.Type === resourceType);
}
