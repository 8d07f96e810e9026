import { IMPORT_ACCESS_LOGS_RULE } from './import-access-logs';
import { IMPORT_ATTRIBUTES_RULE } from './import-attributes';
import { IMPORT_BATCH_SIZE_RULE } from './import-batch-size';
import { IMPORT_MAX_CONCURRENCY_RULE } from './import-max-concurrency';
import { IMPORT_PREFIXES_RULE } from './import-prefixes';
import { IMPORT_REQUEST_RATE_RULE } from './import-request-rate';
import { IMPORT_RETENTION_RULE } from './import-retention';
import { ImportSubject } from './import-subject';
import { IMPORT_TOLERATED_FAILURE_RULE } from './import-tolerated-failure';
import { IMPORT_WORKER_TIME_RULE } from './import-worker-time';
import { RESTORE_PREVIOUS_SUB_RULE } from './restore-previous-sub';
import { SynthRule } from '../../private/validation/rule';

/** Every synth-time rule of a UserImportPipeline, checked before anything is built. */
export const USER_IMPORT_RULES: ReadonlyArray<SynthRule<ImportSubject>> = [
  IMPORT_MAX_CONCURRENCY_RULE,
  IMPORT_REQUEST_RATE_RULE,
  IMPORT_BATCH_SIZE_RULE,
  IMPORT_WORKER_TIME_RULE,
  IMPORT_TOLERATED_FAILURE_RULE,
  IMPORT_PREFIXES_RULE,
  IMPORT_ATTRIBUTES_RULE,
  IMPORT_RETENTION_RULE,
  IMPORT_ACCESS_LOGS_RULE,
  RESTORE_PREVIOUS_SUB_RULE,
];
