import { ImportSubject } from './import-subject';
import { USER_IMPORT_TIMING } from '../../private/operations-environment';
import { knownNumber } from '../../private/validation/resolved';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';
import { USER_IMPORT_DEFAULTS } from '../defaults';
import { callIntervalMs, ROW_LATENCY_MS, workerMillisNeeded } from '../private-worker-pacing';

const timeout = USER_IMPORT_DEFAULTS.workerTimeout.toSeconds();
const { safetyMarginMs } = USER_IMPORT_TIMING;

/** A paced batch must fit in one worker invocation, or its last rows would always come back `throttled`. */
export const IMPORT_WORKER_TIME_RULE: SynthRule<ImportSubject> = {
  id: 'CE-IMPORT-WORKER-TIME',
  appliesTo: 'user import pipeline',
  statement: `maxRowsPerBatch rows, each paced at maxConcurrency ÷ maxRequestsPerSecond seconds plus ${ROW_LATENCY_MS / 1000} s for the call, must fit in the ${timeout} s worker timeout less a ${safetyMarginMs / 1000} s margin`,
  source: 'Step Functions Express child executions (5 minutes); Lambda timeout',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => {
    const rows = props.maxRowsPerBatch ?? USER_IMPORT_DEFAULTS.maxRowsPerBatch;
    const concurrency = props.maxConcurrency ?? USER_IMPORT_DEFAULTS.maxConcurrency;
    const rate = props.maxRequestsPerSecond ?? USER_IMPORT_DEFAULTS.maxRequestsPerSecond;
    if (![rows, concurrency, rate].every((value) => knownNumber(value) && value > 0)) {
      return [];
    }
    const needed = workerMillisNeeded(rows, callIntervalMs(concurrency, rate));
    return needed > timeout * 1000
      ? [{ prop: 'maxRowsPerBatch', value: rows, detail: `needs ${Math.ceil(needed / 1000)} s at maxConcurrency ${concurrency} and maxRequestsPerSecond ${rate}; the worker has ${timeout} s` }]
      : [];
  },
};
