import { sendWithin } from './call-deadline';
import { classifyFailure, FailureKind } from './cognito-failure';
import { sleep, waitUntil } from './waits';

/** Something that sends commands the way an AWS SDK v3 client does. */
export interface Sender {
  send(command: object, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
}

/** The part of the Lambda context a worker reads; without it there is no deadline. */
export interface RemainingTime {
  getRemainingTimeInMillis(): number;
}

/** One paced call: its answer, or why it was given up when no further attempt fitted in the time left. */
export type PacedResult<R> = { readonly answer: R } | { readonly gaveUp: FailureKind };

/**
 * Sends commands at most one every `intervalMs` (so `n` workers make at most n × 1000 / interval
 * calls per second), each within `callTimeoutMs`, trying again after a fully jittered backoff
 * when Cognito throttles or its answer is lost — for idempotent calls only (reads, enable/disable).
 * A client error other than throttling is thrown: it is the caller's to judge.
 * The pace is kept across invocations of a warm worker.
 */
export class PacedCaller {
  /** Milliseconds left in the invocation (Infinity without a context). */
  static remaining(context?: RemainingTime): number {
    return context ? context.getRemainingTimeInMillis() : Infinity;
  }

  private nextCallAt = 0;

  constructor(private readonly client: Sender, private readonly intervalMs: number, private readonly callTimeoutMs: number) {}

  /** Sends one idempotent command, starting attempts only while `marginMs` of the invocation remain. */
  async send<R>(command: object, context: RemainingTime | undefined, marginMs: number): Promise<PacedResult<R>> {
    let last: FailureKind = 'throttled';
    for (let attempt = 0; ; attempt++) {
      if (PacedCaller.remaining(context) < marginMs) {
        return { gaveUp: last };
      }
      await waitUntil(this.nextCallAt);
      this.nextCallAt = Date.now() + this.intervalMs;
      try {
        const budget = Math.min(this.callTimeoutMs, PacedCaller.remaining(context) - this.callTimeoutMs / 2);
        return { answer: await sendWithin(this.client, command, budget) as R };
      } catch (error) {
        const kind = classifyFailure(error);
        if (kind !== 'throttled' && kind !== 'unknown') {
          throw error;
        }
        last = kind;
        // Full jitter up to callTimeout/12 × 2ⁿ, at most two call timeouts (250 ms × 2ⁿ up to 6 s by default).
        const delay = Math.random() * Math.min(2 * this.callTimeoutMs, (this.callTimeoutMs / 12) * 2 ** attempt);
        if (!context || PacedCaller.remaining(context) - delay < marginMs) {
          return { gaveUp: last };
        }
        await sleep(delay);
      }
    }
  }
}
