/** Resolves after `ms` milliseconds; a negative wait is no wait (Node warns about negative timers). */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Waits until `at` (epoch milliseconds). A caller that is not early goes on at once: a timer of 0
 * still costs a turn of the event loop, about 1 ms, on every paced call.
 */
export async function waitUntil(at: number): Promise<void> {
  if (at > Date.now()) {
    await sleep(at - Date.now());
  }
}
