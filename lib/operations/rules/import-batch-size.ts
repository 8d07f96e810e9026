import { ImportSubject } from './import-subject';
import { wholeNumberOutside } from './whole-number-outside';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { USER_IMPORT_LIMITS } from '../defaults';

const { min, max } = USER_IMPORT_LIMITS.maxRowsPerBatch;

export const IMPORT_BATCH_SIZE_RULE: SynthRule<ImportSubject> = {
  id: 'CE-IMPORT-BATCH-SIZE',
  appliesTo: 'user import pipeline',
  statement: `maxRowsPerBatch must be a whole number between ${min} and ${max}`,
  source: 'UserImportPipeline batch plan (lib/operations/defaults.ts); Step Functions 256 KiB child execution input',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => wholeNumberOutside('maxRowsPerBatch', props.maxRowsPerBatch, USER_IMPORT_LIMITS.maxRowsPerBatch),
};
