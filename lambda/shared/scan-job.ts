import { isRecord } from './config';
import { ObjectStore } from './object-store';
import { RemainingTime } from './paced-caller';
import { PageProcessor, PartitionScanSettings, readScanStep, scanPartition, ScanStep } from './partition-scan';
import { readPartitionStates, ResultWriterDetails } from './scan-results';
import { retriedByStateMachine } from './store-failure';
import { namedError } from './user-import-row';
import { SCAN_ERRORS } from '../../lib/private/scan-environment';

/** What every run's context holds: when it started and the id its files are named after. */
export interface RunContext {
  /** The execution's start as an ISO timestamp. */
  readonly startedAt: string;
  /** `startedAt` to the second, colons replaced, for S3 keys: `2026-12-01T03-00-00Z`. */
  readonly runId: string;
}

/**
 * A job built on the partitioned scan: a page processor, a prepare step that runs once before
 * the partitions (reads what every partition needs, such as exempt groups), and an aggregate
 * step that runs once after them with every partition's final state.
 */
export interface ScanJob<S, C extends RunContext> extends PageProcessor<S, C> {
  prepare(run: RunContext, context?: RemainingTime): Promise<C>;
  aggregate(states: Map<string, S>, context: C, lambdaContext?: RemainingTime): Promise<unknown>;
}

/** The run id of a start time: `2026-12-01T03:00:00.123Z` → `2026-12-01T03-00-00Z`. */
export function runIdOf(startedAt: string): string {
  const time = new Date(startedAt);
  if (Number.isNaN(time.getTime())) {
    throw namedError(SCAN_ERRORS.malformedRequest, 'The prepare request needs startedAt, an ISO timestamp');
  }
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

/**
 * The worker of a scan job: answers the state machine's three kinds of request.
 * - `{ prepare: { startedAt } }` → the run's context (RunContext and what the job adds);
 * - a scan step `{ partition, paginationToken?, skip?, state?, context }` → the next ScanStep;
 * - `{ aggregate: { results: ResultWriterDetails, context } }` → whatever the job's aggregate returns.
 */
export function scanJobWorker<S, C extends RunContext>(job: ScanJob<S, C>, settings: PartitionScanSettings, store: ObjectStore) {
  return async (event: unknown, context?: RemainingTime): Promise<C | ScanStep<S, C> | unknown> => {
    if (!isRecord(event)) {
      throw namedError(SCAN_ERRORS.malformedRequest, 'The request must be a JSON object');
    }
    if (isRecord(event.prepare)) {
      const startedAt = String(event.prepare.startedAt);
      const run = { startedAt, runId: runIdOf(startedAt) };
      return retriedByStateMachine('Prepare', () => job.prepare(run, context));
    }
    if (isRecord(event.aggregate)) {
      const { results, context: runContext } = event.aggregate;
      if (!isRecord(results) || typeof results.Bucket !== 'string' || typeof results.Key !== 'string' || !isRecord(runContext)) {
        throw namedError(SCAN_ERRORS.malformedRequest, 'The aggregate request needs the map results ({Bucket, Key}) and the run context');
      }
      // Aggregate rewrites the same report and summary keys: a retry after a failed write or message repeats them whole.
      return retriedByStateMachine('Aggregate', async () => {
        const states = await readPartitionStates<S>(store, results as unknown as ResultWriterDetails);
        return job.aggregate(states, runContext as unknown as C, context);
      });
    }
    return scanPartition<S, C>(settings, readScanStep<S, C>(event), job, context);
  };
}

