/** Something that sends commands the way an AWS SDK v3 client does. */
export interface CommandSender<C, R> {
  send(command: C, options?: { abortSignal?: AbortSignal }): Promise<R>;
}

/**
 * Sends a command that must settle within `ms`: the signal aborts the request (and the socket)
 * when the SDK honours it, and the race ends the call even when it does not, so a stalled or
 * dribbling answer never holds the caller past its deadline.
 */
export async function sendWithin<C, R>(client: CommandSender<C, R>, command: C, ms: number): Promise<R> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = Object.assign(new Error(`No answer within ${ms} ms`), { name: 'TimeoutError' });
      controller.abort(error);
      reject(error);
    }, Math.max(0, ms));
  });
  try {
    return await Promise.race([client.send(command, { abortSignal: controller.signal }), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
