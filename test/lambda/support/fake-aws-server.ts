import { createServer, IncomingMessage, Server } from 'http';
import { AddressInfo } from 'net';

/** One request the fake AWS endpoint received. */
export interface RecordedRequest {
  readonly operation: string;
  readonly body: Record<string, unknown>;
}

/** What the fake answers: a status and a JSON body. */
export interface FakeAnswer {
  readonly status: number;
  readonly body?: Record<string, unknown>;
  readonly headers?: Record<string, string>;
}

/** Answers one operation; the operation is the X-Amz-Target action, or METHOD path for REST APIs. */
export type Responder = (request: RecordedRequest) => FakeAnswer | Promise<FakeAnswer>;

/**
 * A local HTTP server standing in for AWS JSON and REST-JSON APIs, so the real SDK clients, their
 * serialization and their error handling run unchanged against 127.0.0.1.
 */
export class FakeAwsServer {
  public readonly requests: RecordedRequest[] = [];
  private readonly responders = new Map<string, Responder>();
  private server?: Server;

  /** Sets how an operation is answered. */
  on(operation: string, responder: Responder): this {
    this.responders.set(operation, responder);
    return this;
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void readBody(request).then(async (text) => {
        const target = request.headers['x-amz-target'];
        const operation = typeof target === 'string' ? target.split('.').pop()! : `${request.method} ${request.url}`;
        const recorded = { operation, body: text ? JSON.parse(text) as Record<string, unknown> : {} };
        this.requests.push(recorded);
        const responder = this.responders.get(operation);
        const answer = responder ? await responder(recorded) : { status: 500, body: { __type: 'InternalFailure', message: `no responder for ${operation}` } };
        response.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1', ...answer.headers });
        response.end(JSON.stringify(answer.body ?? {}));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Client settings pointing an SDK client at the fake. */
export function fakeClientConfig(endpoint: string) {
  return {
    endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
  };
}

/** An AWS JSON-protocol error answer. */
export function awsError(status: number, type: string, message: string): FakeAnswer {
  return { status, body: { __type: type, message }, headers: { 'x-amzn-errortype': type } };
}
