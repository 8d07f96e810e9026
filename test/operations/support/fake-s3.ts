import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** An object as the fake stores it. */
export interface StoredObject {
  readonly body: string;
  readonly contentType: string;
}

/** A failure the fake answers instead of the next `times` matching requests. */
export interface S3Fault {
  readonly method: 'GET' | 'PUT';
  readonly key: RegExp;
  times: number;
  readonly status: number;
  readonly body: string;
  readonly contentType: string;
}

/** What S3's front end answers when it fails before the service does: an HTML page, not S3's XML. */
export const HTML_500 = '<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>';

/**
 * A local stand-in for the S3 REST API on 127.0.0.1, path-style (`/<bucket>/<key>`): PutObject
 * and GetObject (NoSuchKey in S3's XML when absent), all the lifecycle jobs call: they read the
 * Distributed Map's result files by the keys its manifest names. Objects are keyed `<bucket>/<key>`.
 */
export class FakeS3 {
  public readonly objects = new Map<string, StoredObject>();
  public readonly requests: Array<{ readonly method: string; readonly path: string }> = [];
  public readonly faults: S3Fault[] = [];
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void readBody(request).then((body) => this.answer(request, body, response));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private answer(request: IncomingMessage, body: string, response: ServerResponse): void {
    const url = new URL(request.url!, 'http://localhost');
    const [, bucket, ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const method = request.method!;
    this.requests.push({ method, path: `${bucket}/${key}` });
    const fault = this.faults.find((entry) => entry.method === method && entry.times > 0 && entry.key.test(key));
    if (fault) {
      fault.times--;
      return send(response, fault.status, fault.body, fault.contentType);
    }
    if (method === 'PUT') {
      this.objects.set(`${bucket}/${key}`, { body, contentType: String(request.headers['content-type']) });
      response.writeHead(200, { etag: `"${body.length.toString(16)}"` });
      return void response.end();
    }
    const object = method === 'GET' ? this.objects.get(`${bucket}/${key}`) : undefined;
    if (!object) {
      return send(response, 404, `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${escape(key)}</Key></Error>`, 'application/xml');
    }
    send(response, 200, object.body, object.contentType);
  }
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function send(response: ServerResponse, status: number, text: string, contentType: string): void {
  response.writeHead(status, { 'content-type': contentType });
  response.end(text);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
