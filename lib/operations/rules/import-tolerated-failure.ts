import { ImportSubject } from './import-subject';
import { outsideRange } from '../../private/validation/checks';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { USER_IMPORT_LIMITS } from '../defaults';

const { min, max } = USER_IMPORT_LIMITS.toleratedFailurePercentage;

export const IMPORT_TOLERATED_FAILURE_RULE: SynthRule<ImportSubject> = {
  id: 'CE-IMPORT-TOLERATED-FAILURE',
  appliesTo: 'user import pipeline',
  statement: `toleratedFailurePercentage must be between ${min} and ${max}`,
  source: 'Step Functions Distributed Map ToleratedFailurePercentage',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => outsideRange('toleratedFailurePercentage', props.toleratedFailurePercentage, min, max),
};
