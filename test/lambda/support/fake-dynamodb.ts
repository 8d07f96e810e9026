import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
// The SDK's signer, recomputing each signature from the fake's own secret: a request passes only if signed with it.
// eslint-disable-next-line import/no-extraneous-dependencies
import { Sha256 } from '@smithy/core/checksum';
// eslint-disable-next-line import/no-extraneous-dependencies
import { SignatureV4 } from '@smithy/signature-v4';

/** How the fake answers the next requests. */
export type DynamoDbMode =
  | 'ok' | 'throttle' | 'throttle-once' | 'fail' | 'missing-table' | 'access-denied' | 'html' | 'html-ok' | 'reset';

/** One request the fake received. */
export interface DynamoDbRequest {
  readonly target: string;
  readonly contentType: string;
  readonly body: Record<string, any>;
  /** Whether the Authorization header matches the signature the AWS SDK's signer computes. */
  readonly signatureValid: boolean;
  readonly securityToken?: string;
}

/** The secret the fake checks signatures with; give the handler this one. */
export const FAKE_SECRET = 'fake-dynamodb-secret';

const ACCOUNT = '111122223333';
const ARN = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/LastSignIn`;

/**
 * A local stand-in for DynamoDB's JSON protocol on 127.0.0.1: it checks each request's signature,
 * applies UpdateItem (SET with its condition), PutItem (with `attribute_not_exists`), GetItem and
 * BatchGetItem (at most 100 keys, some left in UnprocessedKeys on demand) to an in-memory table
 * keyed by `sub`, and fails the way DynamoDB and the network do: throttling, 500, a missing table
 * or denied access (messages naming the account and the table's ARN), an HTML page, a reset
 * connection — for every operation, or only the one named by `failOnly`.
 */
export class FakeDynamoDb {
  public readonly requests: DynamoDbRequest[] = [];
  public readonly items = new Map<string, Record<string, any>>();
  public mode: DynamoDbMode = 'ok';
  /** When set, `mode` applies to this operation only (`BatchGetItem`); the others succeed. */
  public failOnly?: string;
  /** How many keys the next BatchGetItem leaves in UnprocessedKeys (then back to none). */
  public unprocessedOnce = 0;
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void readBody(request).then((text) => this.answer(request, text, response));
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.sockets.forEach((socket) => socket.destroy());
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async answer(request: IncomingMessage, text: string, response: ServerResponse): Promise<void> {
    const body = JSON.parse(text) as Record<string, any>;
    const securityToken = request.headers['x-amz-security-token'] as string | undefined;
    this.requests.push({
      target: String(request.headers['x-amz-target']),
      contentType: String(request.headers['content-type']),
      body,
      signatureValid: await signatureValid(request, text),
      securityToken,
    });
    const operation = String(request.headers['x-amz-target']).split('.').pop()!;
    const chosen = this.failOnly === undefined || this.failOnly === operation ? this.mode : 'ok';
    const mode = chosen === 'throttle-once' ? (this.requests.length % 2 === 1 ? 'throttle' : 'ok') : chosen;
    switch (mode) {
      case 'reset':
        request.socket.destroy();
        return;
      case 'html':
        return send(response, 502, '<html><body><h1>502 Bad Gateway</h1></body></html>', 'text/html');
      case 'html-ok':
        return send(response, 200, '<html><body>Welcome</body></html>', 'text/html');
      case 'throttle':
        return error(response, 400, 'ProvisionedThroughputExceededException', `Throughput exceeded for ${ARN}`);
      case 'fail':
        return error(response, 500, 'InternalServerError', `Internal error for ${ARN}`);
      case 'missing-table':
        return error(response, 400, 'ResourceNotFoundException', `Requested resource not found: Table: ${ARN} not found`);
      case 'access-denied':
        return error(response, 400, 'AccessDeniedException',
          `User: arn:aws:sts::${ACCOUNT}:assumed-role/PostAuth/fn is not authorized to perform: dynamodb:UpdateItem on resource: ${ARN}`);
      default:
        return this.apply(operation, body, response);
    }
  }

  private apply(operation: string, body: Record<string, any>, response: ServerResponse): void {
    switch (operation) {
      case 'BatchGetItem':
        return this.batchGetItem(body, response);
      case 'PutItem':
        return this.putItem(body, response);
      case 'GetItem': {
        const item = this.items.get(body.Key?.sub?.S as string);
        return send(response, 200, JSON.stringify(item ? { Item: item } : {}), 'application/x-amz-json-1.0');
      }
      default:
        return this.updateItem(body, response);
    }
  }

  /** BatchGetItem of one table: DynamoDB refuses more than 100 keys and may leave some unprocessed. */
  private batchGetItem(body: Record<string, any>, response: ServerResponse): void {
    const [[tableName, request]] = Object.entries(body.RequestItems as Record<string, { Keys: Array<Record<string, any>> }>);
    if (request.Keys.length > 100) {
      return error(response, 400, 'ValidationException', 'Too many items requested for the BatchGetItem call');
    }
    const unprocessed = request.Keys.slice(0, this.unprocessedOnce);
    this.unprocessedOnce = 0;
    const found = request.Keys.slice(unprocessed.length).map((key) => this.items.get(key.sub.S)).filter((item) => item !== undefined);
    send(response, 200, JSON.stringify({
      Responses: { [tableName]: found },
      UnprocessedKeys: unprocessed.length > 0 ? { [tableName]: { ...request, Keys: unprocessed } } : {},
    }), 'application/x-amz-json-1.0');
  }

  /** PutItem as the jobs send it: the tracking marker, only when absent (`attribute_not_exists(#s)`). */
  private putItem(body: Record<string, any>, response: ServerResponse): void {
    const sub = body.Item.sub.S as string;
    if (body.ConditionExpression && this.items.has(sub)) {
      return error(response, 400, 'ConditionalCheckFailedException', 'The conditional request failed');
    }
    this.items.set(sub, body.Item);
    send(response, 200, '{}', 'application/x-amz-json-1.0');
  }

  /** UpdateItem as the handler sends it: `SET #at = :now, #username = :username` when `#at` is absent or older. */
  private updateItem(body: Record<string, any>, response: ServerResponse): void {
    const names = body.ExpressionAttributeNames as Record<string, string>;
    const values = body.ExpressionAttributeValues as Record<string, Record<string, string>>;
    const sub = body.Key?.sub?.S as string;
    const existing = this.items.get(sub);
    const at = names['#at'];
    if (existing?.[at] !== undefined && Number(existing[at].N) >= Number(values[':now'].N)) {
      return error(response, 400, 'ConditionalCheckFailedException', 'The conditional request failed');
    }
    this.items.set(sub, { ...existing, sub: { S: sub }, [at]: values[':now'], [names['#username']]: values[':username'] });
    send(response, 200, '{}', 'application/x-amz-json-1.0');
  }
}

function send(response: ServerResponse, status: number, text: string, contentType: string): void {
  response.writeHead(status, { 'content-type': contentType });
  response.end(text);
}

function error(response: ServerResponse, status: number, type: string, message: string): void {
  send(response, status, JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message }), 'application/x-amz-json-1.0');
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Recomputes the request's signature with the SDK's signer over the headers the request says it signed. */
async function signatureValid(request: IncomingMessage, body: string): Promise<boolean> {
  const authorization = String(request.headers.authorization ?? '');
  const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=[0-9a-f]{64}$/.exec(authorization);
  const amzDate = String(request.headers['x-amz-date'] ?? '');
  if (!match || !/^\d{8}T\d{6}Z$/.test(amzDate)) {
    return false;
  }
  const [, accessKeyId, , region, service, signedHeaders] = match;
  const headers = Object.fromEntries(signedHeaders.split(';').map((name) => [name, String(request.headers[name] ?? '')]));
  const [host, port] = String(request.headers.host).split(':');
  const signer = new SignatureV4({
    credentials: { accessKeyId, secretAccessKey: FAKE_SECRET, sessionToken: request.headers['x-amz-security-token'] as string | undefined },
    region,
    service,
    sha256: Sha256,
    applyChecksum: false,
  });
  const signingDate = new Date(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
  const signed = await signer.sign({
    method: request.method!, protocol: 'http:', hostname: host, port: Number(port), path: request.url!, query: {}, headers, body,
  }, { signingDate });
  return signed.headers.authorization === authorization;
}
