import { sendWithin } from '../../../lambda/shared/call-deadline';

describe('sendWithin', () => {
  test('ends a call whose client ignores the abort signal, as an SDK without abort support would', async () => {
    const never = { send: () => new Promise<never>(() => undefined) };
    const started = Date.now();
    await expect(sendWithin(never, {}, 50)).rejects.toMatchObject({ name: 'TimeoutError', message: 'No answer within 50 ms' });
    expect(Date.now() - started).toBeLessThan(500);
  });

  test('aborts the request through the signal it hands to the client', async () => {
    let signal: AbortSignal | undefined;
    const listening = {
      send: (_: object, options?: { abortSignal?: AbortSignal }) => new Promise<never>(() => void (signal = options?.abortSignal)),
    };
    await expect(sendWithin(listening, {}, 20)).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(signal?.aborted).toBe(true);
  });

  test('passes an answer or an error within the deadline through unchanged', async () => {
    await expect(sendWithin({ send: async () => 'answer' }, {}, 1_000)).resolves.toBe('answer');
    const failure = Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' });
    await expect(sendWithin({ send: async () => Promise.reject(failure) }, {}, 1_000)).rejects.toBe(failure);
  });
});
