import { buildAtColdStart } from '../../../lambda/shared/handler';

describe('buildAtColdStart', () => {
  test('builds the handler once and reuses it', async () => {
    const build = jest.fn(() => async (event: unknown) => ({ event, response: {} }));
    const handler = buildAtColdStart(build);
    await handler(1);
    await handler(2);
    expect(build).toHaveBeenCalledTimes(1);
  });

  test('logs a configuration error at cold start and rethrows it on every invocation', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = buildAtColdStart(() => {
      throw new Error('Invalid trigger configuration: environment variable X must be set');
    });
    expect(logged).toHaveBeenCalledWith({
      message: 'Trigger configuration rejected at cold start',
      error: 'Invalid trigger configuration: environment variable X must be set',
    });
    await expect(handler({})).rejects.toThrow('environment variable X must be set');
    await expect(handler({})).rejects.toThrow('environment variable X must be set');
  });
});
