import { isRecord } from './config';
import { signRequest, SigningCredentials } from './sigv4';

/** Where DynamoDB is called and with which credentials; read at each call, as the SDK does. */
export interface DynamoDbTarget {
  readonly endpoint: URL;
  readonly region: string;
  readonly credentials: () => SigningCredentials | undefined;
}

/**
 * A failed DynamoDB call, named after DynamoDB's exception (or the network error code) and never
 * carrying DynamoDB's message, which can name the table's ARN and so the account.
 */
export class DynamoDbCallError extends Error {
  constructor(name: string, public readonly status: number, public readonly retryable: boolean) {
    super(`DynamoDB call failed: ${name}${status ? ` (HTTP ${status})` : ''}`);
    this.name = name;
  }
}

// Refused before it was applied, or failed on DynamoDB's side: the same request may be sent again.
const THROTTLING = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded']);

/**
 * Sends one DynamoDB JSON-protocol call (`DynamoDB_20120810.<operation>`), signed with Signature
 * Version 4, and returns DynamoDB's answer. The signal ends the request, the body read included.
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.LowLevelAPI.html
 */
export async function callDynamoDb(target: DynamoDbTarget, operation: string, input: object, signal: AbortSignal): Promise<Record<string, unknown>> {
  const credentials = target.credentials();
  if (credentials === undefined) {
    throw new DynamoDbCallError('CredentialsMissing', 0, false);
  }
  const body = JSON.stringify(input);
  const { host: _host, ...headers } = signRequest({
    method: 'POST',
    url: target.endpoint,
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${operation}` },
    body,
    region: target.region,
    service: 'dynamodb',
    credentials,
    now: new Date(),
  });
  let status: number;
  let text: string;
  let errorType: string | null;
  try {
    // fetch sets the Host header from the URL, the value that was signed.
    const response = await fetch(target.endpoint, { method: 'POST', headers, body, signal, redirect: 'manual' });
    status = response.status;
    errorType = response.headers.get('x-amzn-errortype');
    text = await response.text();
  } catch (error) {
    if (signal.aborted) {
      throw signal.reason;
    }
    // A reset or refused connection: nothing was answered, and UpdateItem may be sent again.
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    throw new DynamoDbCallError(typeof code === 'string' ? code : 'NetworkError', 0, true);
  }
  const answer = parseJson(text);
  if (status === 200) {
    if (answer === undefined) {
      throw new DynamoDbCallError('UnreadableAnswer', status, false);
    }
    return answer;
  }
  const name = exceptionName(answer?.__type, errorType) ?? `Http${status}`;
  throw new DynamoDbCallError(name, status, status >= 500 || THROTTLING.has(name));
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** `com.amazonaws.dynamodb.v20120810#ResourceNotFoundException` or a header `Name:uri`, reduced to the name. */
function exceptionName(type: unknown, header: string | null): string | undefined {
  const raw = typeof type === 'string' ? type.split('#').pop() : header?.split(':')[0];
  return raw && /^\w{1,64}$/.test(raw) ? raw : undefined;
}
