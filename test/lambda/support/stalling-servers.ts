import { createServer, Server, Socket, AddressInfo } from 'node:net';

/** How a misbehaving endpoint treats a request. */
export type StallMode = 'silent' | 'dribble-headers' | 'dribble-body';

/**
 * A TCP server on 127.0.0.1 that accepts every connection and then never answers ('silent'), or
 * answers one byte every 100 ms, in the status line and headers or in a JSON body that never ends.
 * Dribbling keeps the socket busy, so an idle-socket timeout never fires.
 */
export class StallingServer {
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private server?: Server;
  public connections = 0;

  constructor(private readonly mode: StallMode) {}

  async start(): Promise<string> {
    this.server = createServer((socket) => {
      this.connections += 1;
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => this.sockets.delete(socket));
      socket.once('data', () => this.answer(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private answer(socket: Socket): void {
    const head = 'HTTP/1.1 200 OK\r\ncontent-type: application/x-amz-json-1.1\r\ncontent-length: 100000\r\n\r\n';
    const text = this.mode === 'dribble-headers' ? head : this.mode === 'dribble-body' ? '{"a":"' + 'x'.repeat(100_000) : '';
    if (this.mode === 'dribble-body') {
      socket.write(head);
    }
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < text.length && !socket.destroyed) {
        socket.write(text[sent++]);
      }
    }, 100);
    this.timers.add(timer);
  }

  async stop(): Promise<void> {
    this.timers.forEach(clearInterval);
    this.sockets.forEach((socket) => socket.destroy());
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
