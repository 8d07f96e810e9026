import { Duration } from 'aws-cdk-lib';
import { ImportSubject } from './import-subject';
import { isKnown } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule, Violation } from '../../private/validation/rule';
import { USER_IMPORT_LIMITS } from '../defaults';

const { min, max } = USER_IMPORT_LIMITS.retentionDays;

export const IMPORT_RETENTION_RULE: SynthRule<ImportSubject> = {
  id: 'CE-IMPORT-RETENTION',
  appliesTo: 'user import pipeline',
  statement: `inputRetention, reportRetention and accessLogRetention must be whole days between ${min} and ${max}`,
  source: 'Amazon S3 lifecycle configuration Expiration Days',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const violations: Violation[] = [];
    const retentions = { inputRetention: props.inputRetention, reportRetention: props.reportRetention, accessLogRetention: props.accessLogRetention };
    for (const [prop, value] of Object.entries(retentions)) {
      const days = isKnown(value) ? (value as Duration).toDays({ integral: false }) : undefined;
      if (days !== undefined && (!Number.isInteger(days) || days < min || days > max)) {
        violations.push({ prop, value });
      }
    }
    return violations;
  },
};
