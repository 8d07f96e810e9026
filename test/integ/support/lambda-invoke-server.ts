import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from './http-json';
import { closeServer, listenOnFreePort, LOOPBACK } from './local-ports';

/** A Lambda handler as the Node.js runtime calls it (event in, JSON-serialisable result out). */
export type LambdaHandler = (event: unknown) => Promise<unknown>;

/** One call the server answered. */
export interface Invocation {
  readonly functionName: string;
  readonly triggerSource?: string;
  /** The handler's error message when it threw. */
  readonly errorMessage?: string;
}

/** A local stand-in for the Lambda service that runs handlers in this process. */
export interface LambdaInvokeServer {
  readonly endpoint: string;
  readonly invocations: readonly Invocation[];
  close(): Promise<void>;
}

const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;

/**
 * Serves the Lambda Invoke API (`POST /2015-03-31/functions/<name>/invocations`) on a free
 * loopback port. A handler's result is the response payload; a thrown error becomes a function
 * error (`X-Amz-Function-Error: Unhandled` with `errorMessage` and `errorType`), as Lambda
 * reports it, so the caller sees the trigger's own message.
 */
export async function startLambdaInvokeServer(functions: Record<string, LambdaHandler>): Promise<LambdaInvokeServer> {
  const invocations: Invocation[] = [];

  const invoke = async (request: IncomingMessage, response: ServerResponse) => {
    const match = request.method === 'POST' ? INVOKE_PATH.exec(request.url ?? '') : null;
    const functionName = match ? decodeURIComponent(match[1]) : undefined;
    const handler = functionName === undefined ? undefined : functions[functionName];
    if (functionName === undefined || handler === undefined) {
      sendJson(response, 404, { Type: 'User', message: `Function not found: ${functionName ?? request.url}` },
        { 'x-amzn-ErrorType': 'ResourceNotFoundException' });
      return;
    }
    const event: unknown = JSON.parse(await readBody(request));
    const triggerSource = (event as { triggerSource?: string }).triggerSource;
    try {
      const result = await handler(event);
      invocations.push({ functionName, triggerSource });
      sendJson(response, 200, result ?? null);
    } catch (error) {
      const { message, name } = error instanceof Error ? error : new Error(String(error));
      invocations.push({ functionName, triggerSource, errorMessage: message });
      sendJson(response, 200, { errorMessage: message, errorType: name }, { 'X-Amz-Function-Error': 'Unhandled' });
    }
  };

  const server = createServer((request, response) => {
    invoke(request, response).catch((error: unknown) => sendJson(response, 500, { message: String(error) }));
  });
  const port = await listenOnFreePort(server);
  return { endpoint: `http://${LOOPBACK}:${port}`, invocations, close: () => closeServer(server) };
}
