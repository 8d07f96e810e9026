/**
 * Builds a handler from its configuration once, at cold start. A configuration error is logged
 * when the function starts and rethrown on every invocation, so it is never mistaken for a bad event.
 */
export function buildAtColdStart<R>(build: () => (event: unknown) => Promise<R>): (event: unknown) => Promise<R> {
  let handle: ((event: unknown) => Promise<R>) | undefined;
  let failure: Error | undefined;
  try {
    handle = build();
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    console.error({ message: 'Trigger configuration rejected at cold start', error: failure.message });
  }
  return async (event: unknown) => {
    if (!handle) {
      throw failure;
    }
    return handle(event);
  };
}
