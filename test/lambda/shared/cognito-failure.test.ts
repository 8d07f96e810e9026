import { classifyFailure } from '../../../lambda/shared/cognito-failure';

// Errors as @aws-sdk/client-cognito-identity-provider 3.1169 raises them against a local server (measured).
const sdkError = (name: string, fields: Record<string, unknown>) => Object.assign(new Error(name), { name, ...fields });
const response = (statusCode: number) => ({ $response: { statusCode }, $metadata: { httpStatusCode: statusCode } });

describe('classifyFailure', () => {
  test.each([
    ['throttling', sdkError('TooManyRequestsException', { $fault: 'client', ...response(400) }), 'throttled'],
    ['a row rejected', sdkError('UserNotFoundException', { $fault: 'client', ...response(400) }), 'rejected'],
    ['a run error', sdkError('ResourceNotFoundException', { $fault: 'client', ...response(400) }), 'run'],
    ['a modeled 500', sdkError('InternalErrorException', { $fault: 'server', ...response(500) }), 'unknown'],
    ['an HTML 502', sdkError('SyntaxError', response(502)), 'unknown'],
    ['an HTML 503', sdkError('SyntaxError', response(503)), 'unknown'],
    ['an unreadable 400', sdkError('SyntaxError', response(400)), 'unknown'],
    ['a truncated 200', sdkError('SyntaxError', response(200)), 'applied'],
    ['a 200 cut short of its length', sdkError('Error', { code: 'ECONNRESET', ...response(200) }), 'applied'],
    ['a reset before an answer', sdkError('TimeoutError', { code: 'ECONNRESET' }), 'unknown'],
    ['the SDK request timeout', sdkError('TimeoutError', { code: 'ETIMEDOUT' }), 'unknown'],
    ['the deadline\'s abort', sdkError('AbortError', {}), 'unknown'],
    ['a refused connection', sdkError('Error', { code: 'ECONNREFUSED' }), 'unknown'],
  ])('%s is %s', (_, error, kind) => {
    expect(classifyFailure(error)).toBe(kind);
  });

  test.each([new TypeError('boom'), new Error('plain'), undefined, 'text'])('a defect of the caller is not classified: %p', (error) => {
    expect(classifyFailure(error)).toBeUndefined();
  });
});
