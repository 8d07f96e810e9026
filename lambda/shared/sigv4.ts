import { createHash, createHmac } from 'node:crypto';

/** The credentials a request is signed with: Lambda sets them in the function's environment. */
export interface SigningCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** One request to sign: a POST or GET without a query string, as the AWS JSON protocols send. */
export interface SignableRequest {
  readonly method: string;
  readonly url: URL;
  /** Headers to sign besides host, x-amz-date and x-amz-security-token; names in lower case. */
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly region: string;
  readonly service: string;
  readonly credentials: SigningCredentials;
  readonly now: Date;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';

/**
 * Signature Version 4 for one request: the headers to send, signed ones and Authorization included.
 * Only what a JSON-protocol call needs (no query string, no chunked payload), so a handler can call
 * an AWS service whose SDK client the project does not ship.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
export function signRequest(request: SignableRequest): Record<string, string> {
  const { credentials, url } = request;
  const amzDate = request.now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = {
    ...request.headers,
    'host': url.host,
    'x-amz-date': amzDate,
    ...(credentials.sessionToken ? { 'x-amz-security-token': credentials.sessionToken } : {}),
  };
  const names = Object.keys(headers).map((name) => name.toLowerCase()).sort();
  const lowered = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    request.method,
    url.pathname || '/',
    '',
    ...names.map((name) => `${name}:${lowered[name].trim().replace(/\s+/g, ' ')}`),
    '',
    signedHeaders,
    sha256Hex(request.body),
  ].join('\n');
  const scope = `${day}/${request.region}/${request.service}/aws4_request`;
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = [day, request.region, request.service, 'aws4_request']
    .reduce<Buffer | string>((secret, part) => hmac(secret, part), `AWS4${credentials.secretAccessKey}`);
  const signature = hmac(key, stringToSign).toString('hex');
  return {
    ...headers,
    authorization: `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function hmac(key: Buffer | string, text: string): Buffer {
  return createHmac('sha256', key).update(text, 'utf8').digest();
}
