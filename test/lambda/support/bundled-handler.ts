import { join } from 'node:path';
import { bundlePath, REPOSITORY_ROOT } from '../../integ/support/bundled-triggers';
import { withEnvironment } from '../../integ/support/process-environment';

/** A trigger handler as Lambda calls it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BundledHandler = (event: unknown, context?: unknown) => Promise<any>;

/** What a bundle exports: the handler, and the factory behind it. */
export interface BundledModule {
  readonly handler: BundledHandler;
  readonly [factory: string]: unknown;
}

/**
 * The variables the Lambda runtime sets, with every AWS SDK client sent to a local endpoint.
 * The SDK reads them at its first call, so they stay set while the handler runs.
 */
export function awsEnvironment(endpoint: string): Record<string, string> {
  return {
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_ENDPOINT_URL: endpoint,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

/**
 * Loads a fresh copy of a trigger's bundle (assets/lambda/<name>.lambda/index.js), as a new Lambda
 * instance would: its own clients and state, its configuration read from `environment` at cold start.
 */
export function loadBundle(name: string, environment: Record<string, string>): BundledModule {
  const restore = withEnvironment(environment);
  try {
    let loaded: BundledModule | undefined;
    jest.isolateModules(() => {
      loaded = jest.requireActual<BundledModule>(join(REPOSITORY_ROOT, bundlePath(name)));
    });
    return loaded!;
  } finally {
    restore();
  }
}

/** Sets variables for the rest of a test file; call the result in afterAll. */
export function setEnvironment(variables: Record<string, string>): () => void {
  return withEnvironment(variables);
}

/** Every line the handlers log through the console, as one string per call. */
export function captureLogs(): { lines: string[]; text: () => string } {
  const lines: string[] = [];
  for (const method of ['info', 'warn', 'error', 'log', 'debug'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg, errorFields))).join(' '));
    });
  }
  return { lines, text: () => lines.join('\n') };
}

// An Error's message and stack are not enumerable: read them so a leaked message is seen.
function errorFields(_key: string, value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
}

/** Runs a promise, or reports that it was still running after `millis`. */
export async function settledWithin<T>(promise: Promise<T>, millis: number): Promise<{ value?: T; error?: unknown; elapsed: number; late?: true }> {
  const start = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ late: true }>((resolve) => {
    timer = setTimeout(() => resolve({ late: true }), millis);
  });
  const outcome = await Promise.race([
    promise.then((value) => ({ value }), (error: unknown) => ({ error })),
    late,
  ]).finally(() => clearTimeout(timer));
  return { ...outcome, elapsed: Date.now() - start };
}
