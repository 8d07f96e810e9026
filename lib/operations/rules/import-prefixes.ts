import { ImportSubject } from './import-subject';
import { knownString } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';
import { USER_IMPORT_DEFAULTS, USER_IMPORT_LIMITS } from '../defaults';

const { min, max } = USER_IMPORT_LIMITS.prefixLength;
// Prefixes end up in IAM resource ARNs and in a Choice-state pattern, where * and ? are wildcards.
const PREFIX = /^[^/*?\\][^*?\\]*\/$/;

/** Reports and inputs must live apart: the map run must never read its own reports as input. */
export const IMPORT_PREFIXES_RULE: SynthRule<ImportSubject> = {
  id: 'CE-IMPORT-PREFIXES',
  appliesTo: 'user import pipeline',
  statement: `inputPrefix, reportPrefix and backupPrefix must be folders (${min}–${max} characters ending in /, not starting with /, `
    + 'without * ? or \\) and none may contain another',
  source: 'Amazon S3 object keys; IAM resource ARNs',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const prefixes = {
      inputPrefix: props.inputPrefix ?? USER_IMPORT_DEFAULTS.inputPrefix,
      reportPrefix: props.reportPrefix ?? USER_IMPORT_DEFAULTS.reportPrefix,
      backupPrefix: props.backupPrefix ?? USER_IMPORT_DEFAULTS.backupPrefix,
    };
    const violations: Violation[] = [];
    for (const [prop, value] of Object.entries(prefixes)) {
      if (knownString(value) && (value.length < min || value.length > max || !PREFIX.test(value))) {
        violations.push({ prop, value });
      }
    }
    const { inputPrefix, reportPrefix, backupPrefix } = prefixes;
    const overlap = (a: string, b: string) => knownString(a) && knownString(b) && (a.startsWith(b) || b.startsWith(a));
    if (violations.length === 0 && overlap(inputPrefix, reportPrefix)) {
      violations.push({ prop: 'reportPrefix', value: reportPrefix, detail: `must not overlap inputPrefix ${JSON.stringify(inputPrefix)}` });
    }
    // A restore must never read the pipeline's own reports or CSV files as a backup run.
    for (const [prop, other] of Object.entries({ inputPrefix, reportPrefix })) {
      if (violations.length === 0 && overlap(backupPrefix, other)) {
        violations.push({ prop: 'backupPrefix', value: backupPrefix, detail: `must not overlap ${prop} ${JSON.stringify(other)}` });
      }
    }
    return violations;
  },
};
