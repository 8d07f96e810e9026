/**
 * What a failed Cognito call tells about the pool:
 * - `throttled`: refused before it was applied; send it again after a pause.
 * - `rejected`: Cognito answered with a client error (the row's own problem); nothing was applied.
 * - `run`: a client error about the whole run (the pool, the credentials), not the row.
 * - `applied`: Cognito answered 2xx but the body was lost (truncated, reset): it was applied.
 * - `unknown`: a server error with any body, an unreadable answer, a reset or a timeout; the
 *   call may or may not have been applied.
 * Anything else is a defect of the caller and is not classified.
 */
export type FailureKind = 'throttled' | 'rejected' | 'run' | 'applied' | 'unknown';

const THROTTLING = new Set(['TooManyRequestsException', 'ThrottlingException']);
const RUN = new Set(['ResourceNotFoundException', 'AccessDeniedException', 'UnrecognizedClientException']);
const TRANSPORT = new Set(['TimeoutError', 'AbortError']);

/** The kind of a failure, or undefined when it did not come from the SDK or the network. */
export function classifyFailure(error: unknown): FailureKind | undefined {
  const { name = '', $fault, code, $metadata, $response } = (error ?? {}) as {
    name?: string; $fault?: string; code?: unknown; $metadata?: { httpStatusCode?: number }; $response?: { statusCode?: number };
  };
  const status = $metadata?.httpStatusCode ?? $response?.statusCode ?? 0;
  if (THROTTLING.has(name)) {
    return 'throttled';
  }
  if (status >= 200 && status < 300) {
    return 'applied';
  }
  // A modeled client error; an unreadable 4xx body ($response without $fault) proves nothing.
  if ($fault === 'client') {
    return RUN.has(name) ? 'run' : 'rejected';
  }
  if ($fault === 'server' || status >= 500 || $response !== undefined || TRANSPORT.has(name) || (typeof code === 'string' && code.startsWith('E'))) {
    return 'unknown';
  }
  return undefined;
}
