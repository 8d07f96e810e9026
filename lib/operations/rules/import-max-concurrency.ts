import { ImportSubject } from './import-subject';
import { wholeNumberOutside } from './whole-number-outside';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { USER_IMPORT_LIMITS } from '../defaults';

const { min, max } = USER_IMPORT_LIMITS.maxConcurrency;

export const IMPORT_MAX_CONCURRENCY_RULE: SynthRule<ImportSubject> = {
  id: 'CE-IMPORT-MAX-CONCURRENCY',
  appliesTo: 'user import pipeline',
  statement: `maxConcurrency must be a whole number of parallel rows between ${min} and ${max}, since each is a worker drawn from the Lambda concurrency the sign-in triggers share`,
  source: 'Step Functions Distributed Map MaxConcurrency; Lambda unreserved concurrency; Cognito Lambda trigger invocation',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => wholeNumberOutside('maxConcurrency', props.maxConcurrency, USER_IMPORT_LIMITS.maxConcurrency),
};
