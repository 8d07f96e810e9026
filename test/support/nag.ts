import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { CognitoEnterpriseChecks } from '../../lib/compliance';

/** One error-level finding of an AWS cdk-nag pack. */
export interface NagFinding {
  readonly pack: string;
  readonly rule: string;
  readonly resources: string[];
}

/** Runs the four AWS packs the library promises to pass and returns their unacknowledged findings. */
export function awsNagErrors(scope: IConstruct): NagFinding[] {
  const packs = [new AwsSolutionsChecks(), new HIPAASecurityChecks(), new NIST80053R5Checks(), new PCIDSS321Checks()];
  const findings: NagFinding[] = [];
  for (const pack of packs) {
    const report = pack.validateScope(scope);
    for (const violation of report.violations) {
      if (violation.severity === undefined || /error/i.test(violation.severity)) {
        findings.push({
          pack: pack.name,
          rule: violation.ruleName,
          resources: violation.violatingResources.map((resource) => resource.resourceLogicalId ?? resource.locations.join(',')),
        });
      }
    }
  }
  return findings;
}

/** Every finding, warnings included, of the library's own Cognito pack. */
export function cognitoEnterpriseFindings(scope: IConstruct): NagFinding[] {
  const pack = new CognitoEnterpriseChecks();
  return pack.validateScope(scope).violations.map((violation) => ({
    pack: pack.name,
    rule: violation.ruleName,
    resources: violation.violatingResources.map((resource) => resource.resourceLogicalId ?? resource.locations.join(',')),
  }));
}
