import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import * as fc from 'fast-check';

/** One seed for every fuzz property, so a run in CI repeats exactly; FUZZ_SEED overrides it to explore. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261201);

const REPORT_DIRECTORY = join(__dirname, '..', '..', '..', 'test-reports', 'fuzz-cases');

/** Objects' prototype as it was before any handler ran. */
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/**
 * Runs `check` on `numRuns` cases drawn with the fixed seed, `concurrency` at a time (handlers that
 * wait on purpose run many cases at once), and fails with the first case that breaks an oracle.
 * The number of cases run is printed and written to test-reports/fuzz-cases/<handler>.json.
 */
export async function runFuzz<T>(handler: string, property: string, arbitrary: fc.Arbitrary<T>,
  check: (input: T) => Promise<void>, options: { numRuns: number; concurrency?: number }): Promise<number> {
  const cases = fc.sample(arbitrary, { seed: FUZZ_SEED, numRuns: options.numRuns });
  const concurrency = options.concurrency ?? 1;
  for (let start = 0; start < cases.length; start += concurrency) {
    const batch = cases.slice(start, start + concurrency);
    const results = await Promise.allSettled(batch.map((input) => check(input)));
    const failed = results.findIndex((result) => result.status === 'rejected');
    if (failed >= 0) {
      const reason = (results[failed] as PromiseRejectedResult).reason as Error;
      throw new Error(`${handler} / ${property}: case ${start + failed} of seed ${FUZZ_SEED} broke an oracle: ${inspect(batch[failed], { depth: 6, maxStringLength: 200, maxArrayLength: 20 }).slice(0, 3_000)}\n${reason?.message ?? reason}`);
    }
    expectPrototypeUntouched();
  }
  record(handler, property, cases.length);
  return cases.length;
}

/** No handler may add anything to the prototype every object shares. */
export function expectPrototypeUntouched(): void {
  if (Object.getOwnPropertyNames(Object.prototype).sort().join(',') !== PROTOTYPE_KEYS || ({} as Record<string, unknown>).polluted !== undefined) {
    throw new Error('Object.prototype was modified');
  }
}

const counts: Record<string, Record<string, number>> = {};

function record(handler: string, property: string, cases: number): void {
  counts[handler] = { ...counts[handler], [property]: cases };
  mkdirSync(REPORT_DIRECTORY, { recursive: true });
  const total = Object.values(counts[handler]).reduce((sum, count) => sum + count, 0);
  writeFileSync(join(REPORT_DIRECTORY, `${handler}.json`), `${JSON.stringify({ handler, seed: FUZZ_SEED, total, properties: counts[handler] }, null, 2)}\n`);
  process.stdout.write(`fuzz ${handler} / ${property}: ${cases} cases (seed ${FUZZ_SEED})\n`);
}

/** A handler's outcome: what it answered, or what it threw. */
export type Outcome =
  | { readonly response: Record<string, unknown>; readonly error?: undefined }
  | { readonly response?: undefined; readonly error: Error };

/** Runs a handler and returns its outcome. */
export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await run();
    return { response: result as Record<string, unknown> };
  } catch (error) {
    return { error: error as Error };
  }
}

/**
 * The oracle every handler shares: a response object carrying `response`, or a deliberate error
 * (a TriggerError or one of its kinds, a message without a stack of internals), never a TypeError,
 * ReferenceError or RangeError.
 */
export function expectClearOutcome(outcome: Outcome): void {
  if (outcome.error) {
    const { name, message } = outcome.error;
    if (!(outcome.error instanceof Error) || !['TriggerError', 'MalformedEventError'].includes(name) || typeof message !== 'string' || message.length < 10) {
      throw new Error(`not a deliberate error: ${String(name)}: ${String(message).slice(0, 300)}`);
    }
    return;
  }
  if (typeof outcome.response !== 'object' || outcome.response === null || typeof outcome.response.response !== 'object') {
    throw new Error('not a response');
  }
}

/** Fields a handler's log lines may carry, all of them codes and counts. */
const LOG_FIELDS = new Set(['triggerSource', 'outcome', 'reason', 'trusted', 'attempts', 'eventVersion', 'claims', 'groups', 'operation', 'message', 'error']);

/** No log line carries a secret or an address, and every line is a structured record of known fields. */
export function expectCleanLogs(lines: readonly unknown[][], secrets: readonly string[]): void {
  for (const args of lines) {
    const text = JSON.stringify(args);
    for (const secret of secrets) {
      if (secret.length >= 4 && text.includes(secret)) {
        throw new Error(`a log line carries a secret: ${text.slice(0, 300)}`);
      }
    }
    if (text.includes('@')) {
      throw new Error(`a log line carries an address: ${text.slice(0, 300)}`);
    }
    const line = args[0];
    if (args.length !== 1 || typeof line !== 'object' || line === null || Object.keys(line).some((key) => !LOG_FIELDS.has(key))) {
      throw new Error(`a log line is not a structured record: ${text.slice(0, 300)}`);
    }
  }
}

/** Every console call of the handlers, as its arguments; the console stays quiet meanwhile. */
export function captureConsole(): unknown[][] {
  const calls: unknown[][] = [];
  for (const method of ['info', 'warn', 'error', 'log', 'debug'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(args);
    });
  }
  return calls;
}

/** Runs a case and checks the log lines written meanwhile (by it, or by cases running beside it). */
export async function withLogs<T>(calls: unknown[][], secrets: readonly string[], run: () => Promise<T>): Promise<T> {
  const from = calls.length;
  const result = await run();
  expectCleanLogs(calls.slice(from), secrets);
  return result;
}
