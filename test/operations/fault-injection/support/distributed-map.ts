import { Match, Template } from 'aws-cdk-lib/assertions';
import { USER_IMPORT_ENV } from '../../../../lib/private/operations-environment';
import { inMapLanes } from '../../support/map-lanes';

/** One retrier of a Task state, as Amazon States Language writes it. */
export interface Retrier {
  readonly ErrorEquals: string[];
  readonly IntervalSeconds?: number;
  readonly MaxAttempts?: number;
  readonly BackoffRate?: number;
  readonly MaxDelaySeconds?: number;
  readonly JitterStrategy?: string;
}

/** What the synthesized state machine says about its Distributed Map and its worker task. */
export interface MapSettings {
  readonly retry: Retrier[];
  readonly maxConcurrency: number;
  /** The rows the plan step puts in one batch at most (the worker's setting). */
  readonly maxRowsPerBatch: number;
  readonly workerTimeoutSeconds: number;
}

/** The outcome of one child execution: the worker's output, or the error it failed with after every retry. */
export interface ChildResult {
  readonly output?: unknown;
  readonly error?: string;
  readonly attempts: number;
}

/** Reads the import map's settings from a synthesized template, so a run follows the real configuration. */
export function mapSettings(template: Template): MapSettings {
  const [machine] = Object.values(template.findResources('AWS::StepFunctions::StateMachine'));
  const parts = machine.Properties.DefinitionString['Fn::Join'][1] as unknown[];
  const definition = JSON.parse(parts.map((part) => (typeof part === 'string' ? part : '')).join(''));
  const map = Object.values(definition.States as Record<string, any>).find((state) => state.Type === 'Map');
  const task = Object.values(map.ItemProcessor.States as Record<string, any>).find((state) => state.Type === 'Task');
  const [worker] = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Description: Match.stringLikeRegexp('user-import') } }));
  return {
    retry: task.Retry ?? [],
    maxConcurrency: map.MaxConcurrency,
    maxRowsPerBatch: Number(worker.Properties.Environment.Variables[USER_IMPORT_ENV.maxRowsPerBatch]),
    workerTimeoutSeconds: worker.Properties.Timeout,
  };
}

/**
 * Runs the items through `invoke` as a Distributed Map would: at most `maxConcurrency` at once,
 * each failure retried by the first retrier whose ErrorEquals names it (or States.ALL), with the
 * retrier's interval, backoff rate, cap and jitter; `secondMs` scales the retrier's seconds.
 */
export async function runDistributedMap(
  items: readonly unknown[], invoke: (item: unknown) => Promise<unknown>, settings: MapSettings, secondMs: number, random: () => number,
): Promise<ChildResult[]> {
  const results: ChildResult[] = new Array(items.length);
  const child = async (item: unknown): Promise<ChildResult> => {
    const used = new Map<Retrier, number>();
    for (let attempts = 1; ; attempts++) {
      try {
        return { output: await invoke(item), attempts };
      } catch (error) {
        const name = (error as Error).name;
        const retrier = settings.retry.find((candidate) => candidate.ErrorEquals.includes(name) || candidate.ErrorEquals.includes('States.ALL'));
        const count = retrier ? used.get(retrier) ?? 0 : 0;
        if (!retrier || count >= (retrier.MaxAttempts ?? 3)) {
          return { error: name, attempts };
        }
        used.set(retrier, count + 1);
        const delay = Math.min((retrier.IntervalSeconds ?? 1) * (retrier.BackoffRate ?? 2) ** count, retrier.MaxDelaySeconds ?? Infinity);
        await new Promise((resolve) => setTimeout(resolve, (retrier.JitterStrategy === 'FULL' ? random() : 1) * delay * secondMs));
      }
    }
  };
  // A child never throws: its error after every retry is its result.
  await inMapLanes(items, settings.maxConcurrency, async (item, index) => {
    results[index] = await child(item);
  });
  return results;
}
