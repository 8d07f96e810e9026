import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** One message the fake accepted. */
export interface PublishedMessage {
  readonly topicArn: string;
  readonly subject: string;
  readonly message: string;
}

/**
 * A local stand-in for SNS's query protocol on 127.0.0.1: Publish, with the service's rule that a
 * subject is at most 100 characters, and `failures` answers of 500 InternalError before the next
 * ones succeed.
 */
export class FakeSns {
  public readonly messages: PublishedMessage[] = [];
  public readonly requests: string[] = [];
  /** How many of the next Publish calls fail with a 500 InternalError. */
  public failures = 0;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void readBody(request).then((body) => this.answer(new URLSearchParams(body), response));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private answer(form: URLSearchParams, response: ServerResponse): void {
    const action = form.get('Action') ?? '';
    this.requests.push(action);
    if (action !== 'Publish') {
      return error(response, 400, 'Sender', 'InvalidAction', `Unknown action ${action}`);
    }
    if (this.failures > 0) {
      this.failures--;
      return error(response, 500, 'Receiver', 'InternalError', 'An internal error occurred');
    }
    const subject = form.get('Subject') ?? '';
    if (subject.length > 100) {
      return error(response, 400, 'Sender', 'InvalidParameter', 'Invalid parameter: Subject');
    }
    this.messages.push({ topicArn: form.get('TopicArn') ?? '', subject, message: form.get('Message') ?? '' });
    send(response, 200, '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult>'
      + `<MessageId>00000000-0000-0000-0000-${String(this.messages.length).padStart(12, '0')}</MessageId></PublishResult>`
      + '<ResponseMetadata><RequestId>fake</RequestId></ResponseMetadata></PublishResponse>');
  }
}

function error(response: ServerResponse, status: number, type: string, code: string, message: string): void {
  send(response, status, `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>${type}</Type><Code>${code}</Code>`
    + `<Message>${message}</Message></Error><RequestId>fake</RequestId></ErrorResponse>`);
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/xml' });
  response.end(text);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
