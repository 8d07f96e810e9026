/** A trigger handler: Lambda passes the event and its context, whose remaining time bounds the handler's calls. */
export type TriggerHandler<R> = (event: unknown, context?: unknown) => Promise<R>;

/**
 * Builds a handler from its configuration once, at cold start. A configuration error is logged
 * when the function starts and rethrown on every invocation, so it is never mistaken for a bad event.
 */
export function buildAtColdStart<R>(build: () => TriggerHandler<R>): TriggerHandler<R> {
  let handle: TriggerHandler<R> | undefined;
  let failure: Error | undefined;
  try {
    handle = build();
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    console.error({ message: 'Trigger configuration rejected at cold start', error: failure.message });
  }
  return async (event: unknown, context?: unknown) => {
    if (!handle) {
      throw failure;
    }
    return handle(event, context);
  };
}
