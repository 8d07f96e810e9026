import { join } from 'path';
import { Worker } from 'worker_threads';
import { bundlePath, REPOSITORY_ROOT } from '../../../integ/support/bundled-triggers';

// Runs in the thread: loads the bundle with Node's own loader, answers invocations and forwards log lines.
const THREAD = `
const { parentPort, workerData } = require('worker_threads');
for (const level of ['log', 'info', 'warn', 'error']) {
  console[level] = (...args) => parentPort.postMessage({ log: args.map((arg) => typeof arg === 'string' ? arg : JSON.stringify(arg)).join(' ') });
}
const { handler } = require(workerData.bundle);
parentPort.on('message', async ({ id, event, budgetMs }) => {
  const end = Date.now() + budgetMs;
  try {
    parentPort.postMessage({ id, output: await handler(event, { getRemainingTimeInMillis: () => end - Date.now() }) });
  } catch (error) {
    parentPort.postMessage({ id, error: { name: error.name, message: error.message } });
  }
});
`;

/** A bundled handler running in a worker thread, as Lambda runs it: Node's own loader and realm, its own environment. */
export class BundleThread {
  public readonly logs: string[] = [];
  private readonly thread: Worker;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor(name: string, env: Record<string, string>) {
    const bundle = join(REPOSITORY_ROOT, bundlePath(name));
    this.thread = new Worker(THREAD, { eval: true, env: { ...process.env, ...env }, workerData: { bundle } });
    this.thread.on('message', (message: { id?: number; log?: string; output?: unknown; error?: { name: string; message: string } }) => {
      if (message.log !== undefined) {
        this.logs.push(message.log);
        return;
      }
      const call = this.pending.get(message.id!)!;
      this.pending.delete(message.id!);
      if (message.error) {
        call.reject(Object.assign(new Error(message.error.message), { name: message.error.name }));
      } else {
        call.resolve(message.output);
      }
    });
  }

  /** Invokes the handler with a context whose invocation has `budgetMs` left. */
  invoke(event: unknown, budgetMs: number): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.thread.postMessage({ id, event, budgetMs });
    });
  }

  async stop(): Promise<void> {
    await this.thread.terminate();
  }
}
