import { inMapLanes } from './map-lanes';
import { LIFECYCLE_DEFAULTS } from '../../../lib/operations/lifecycle-defaults';
import { SCAN_PARTITIONS } from '../../../lib/private/scan-environment';

/** A worker as Lambda invokes it. */
export type Invoke = (event: unknown, context?: { getRemainingTimeInMillis(): number }) => Promise<any>;

/** What one run did, as the state machine would have seen it. */
export interface DrivenRun {
  readonly context: Record<string, unknown>;
  /** Worker invocations per partition (1 when a partition fits in one step). */
  readonly stepsPerPartition: Map<string, number>;
  readonly result: any;
}

/**
 * Runs a scan job the way its state machine does, since there is no Step Functions locally:
 * Prepare with the execution's start time; the partitions, at most `maxConcurrency` at once as the
 * Distributed Map runs them (the jobs' default unless given), each through the item processor's
 * loop (invoke the worker with the step it returned until it says `done`); the result writer's
 * files (a manifest and SUCCEEDED_0.json with each child's Output as a JSON string) written to the
 * results bucket; then Aggregate with the map's ResultWriterDetails. `budgetMs` is each
 * invocation's time. A failing partition fails the run once the partitions under way have ended.
 */
export async function driveScan(
  invoke: Invoke, startedAt: string, budgetMs: number,
  writeObject: (bucket: string, key: string, body: string) => void, resultsBucket: string, resultsPrefix: string,
  maxConcurrency: number = LIFECYCLE_DEFAULTS.maxConcurrency,
): Promise<DrivenRun> {
  const invocation = () => {
    const end = Date.now() + budgetMs;
    return { getRemainingTimeInMillis: () => end - Date.now() };
  };
  const context = await invoke({ prepare: { startedAt } }, invocation());
  const stepsPerPartition = new Map<string, number>(SCAN_PARTITIONS.map((partition) => [partition, 0]));
  const outputs: Array<{ Output: string; Status: string }> = new Array(SCAN_PARTITIONS.length);
  await inMapLanes(SCAN_PARTITIONS, maxConcurrency, async (partition, index) => {
    let step: any = { partition, context };
    let steps = 0;
    do {
      step = await invoke(step, invocation());
      steps++;
      if (steps > 1_000) {
        throw new Error(`partition ${partition} never finished`);
      }
    } while (step.done !== true);
    stepsPerPartition.set(partition, steps);
    outputs[index] = { Output: JSON.stringify(step), Status: 'SUCCEEDED' };
  });
  const folder = `${resultsPrefix}00000000-map-run/`;
  writeObject(resultsBucket, `${folder}SUCCEEDED_0.json`, JSON.stringify(outputs));
  writeObject(resultsBucket, `${folder}manifest.json`, JSON.stringify({
    DestinationBucket: resultsBucket,
    MapRunArn: 'arn:aws:states:eu-west-1:111111111111:mapRun:scan/run:map',
    ResultFiles: { FAILED: [], PENDING: [], SUCCEEDED: [{ Key: `${folder}SUCCEEDED_0.json`, Size: 1 }] },
  }));
  const result = await invoke({ aggregate: { results: { Bucket: resultsBucket, Key: `${folder}manifest.json` }, context } }, invocation());
  return { context, stepsPerPartition, result };
}
