import { CfnResource } from 'aws-cdk-lib';
// cdk-nag's own modules, not its index, which loads every pack and rule into every app using this library.
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { isIntrinsic } from './resolve';

/**
 * Limits a rule may read, taken from the pack's props with defaults applied.
 */
export interface RuleSettings {
  readonly maxRefreshTokenValidityDays: number;
}

/**
 * One check of the CognitoEnterprise pack. The metadata is what the pack reports and what the
 * rule table in docs/compliance.md is generated from, so the two cannot disagree.
 */
export interface CognitoRule {
  /** Suffix of the rule id; the full id is `CognitoEnterprise-<id>`. Never reused or renumbered. */
  readonly id: string;
  /** Name of the file the rule lives in. */
  readonly name: string;
  readonly level: NagMessageLevel;
  /** Why the rule was triggered. */
  readonly info: string;
  /** Why the rule exists. */
  readonly explanation: string;
  /** How to become compliant. */
  readonly fix: string;
  check(node: CfnResource, settings: RuleSettings): NagRuleCompliance;
}

/** Maps a yes/no answer to the compliance values cdk-nag expects. */
export function compliantIf(isCompliant: boolean): NagRuleCompliance {
  return isCompliant ? NagRuleCompliance.COMPLIANT : NagRuleCompliance.NON_COMPLIANT;
}

/** Not applicable when the value is only known at deploy time; otherwise whether it passes. */
export function judgeKnownValue(value: unknown, passes: (value: any) => boolean): NagRuleCompliance {
  return isIntrinsic(value) ? NagRuleCompliance.NOT_APPLICABLE : compliantIf(passes(value));
}
