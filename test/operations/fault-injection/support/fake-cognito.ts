import { createHash } from 'crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import { AddressInfo, Socket } from 'net';

/** The faults the fake injects; `*-after` ones change the user store before the client sees the failure. */
export const FAULT_KINDS = [
  'throttle', 'error-before', 'html-before', 'reset-before', 'stall-before',
  'error-after', 'html-after', 'reset-after', 'stall-after', 'dribble', 'truncated',
] as const;
export type FaultKind = typeof FAULT_KINDS[number];

/** A user as the fake stores it: the ground truth the report is checked against. */
export interface FakeUser {
  attributes: Record<string, string>;
  enabled: boolean;
  status: string;
  created: number;
  modified: number;
}

/** One change the fake applied, in the order it applied them. */
export interface AppliedChange {
  readonly username: string;
  readonly operation: string;
}

type Answer = { status: number; body: Record<string, unknown> };

const JSON_TYPE = { 'content-type': 'application/x-amz-json-1.1' };
const HTML = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>';
const WRITES = new Set([
  'AdminCreateUser', 'AdminDeleteUser', 'AdminEnableUser', 'AdminDisableUser', 'AdminResetUserPassword', 'AdminUpdateUserAttributes',
  'AdminAddUserToGroup', 'CreateGroup',
]);

const error = (type: string, message: string): Answer => ({ status: 400, body: { __type: type, message } });
const notFound = () => error('UserNotFoundException', 'User does not exist.');

/**
 * A local stand-in for the Cognito user pools API (awsJson1.1) that serves the Admin* calls of the
 * import worker from its own user store and injects faults. Whether a request meets a fault is a
 * hash of the seed, the operation, the user and how many requests that user has made, so a run
 * is reproducible whatever the interleaving of concurrent workers.
 */
export class FakeCognito {
  public readonly users = new Map<string, FakeUser>();
  /** Whether created users get a `sub` attribute, as Cognito gives them (the import's accounting leaves it out). */
  public assignSubs = false;
  /** Groups and their members (usernames), as CreateGroup and AdminAddUserToGroup leave them. */
  public readonly groups = new Map<string, Set<string>>();
  public readonly applied: AppliedChange[] = [];
  public readonly faults = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>;
  public requests = 0;
  /** The operations received, in order. */
  public readonly operations: string[] = [];
  /**
   * A storm of this many milliseconds begins at the next request, as a burst of sign-ups sharing
   * the quota: every request until it ends is throttled. It starts with the first call rather than
   * when it is set, so a slow start of the workers does not let it pass unseen.
   */
  public stormAtNextRequestMs = 0;
  private throttleUntil = 0;
  /** Faults to inject into the next requests (null: none), whatever the rate says. */
  public readonly forced: Array<FaultKind | null> = [];
  private readonly perUser = new Map<string, number>();
  private readonly sockets = new Set<Socket>();
  private server?: Server;

  /** `rate` is the chance that a request meets a fault, shared evenly by the kinds. */
  constructor(private readonly seed: string, private readonly rate: number) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.serve(request, response));
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

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of request) {
        chunks.push(chunk as Buffer);
      }
    } catch {
      // The client gave up before its request arrived whole: Cognito would never see it.
      return;
    }
    const operation = String(request.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    // CreateGroup names no user: its faults are drawn per group.
    const username = String(input.Username ?? `group:${String(input.GroupName)}`);
    this.requests++;
    this.operations.push(operation);
    if (this.stormAtNextRequestMs > 0) {
      this.throttleUntil = Date.now() + this.stormAtNextRequestMs;
      this.stormAtNextRequestMs = 0;
    }
    const storm: FaultKind | undefined = Date.now() < this.throttleUntil ? 'throttle' : undefined;
    const fault = this.forced.length > 0 ? this.forced.shift() : storm ?? this.pickFault(operation, username);
    if (fault) {
      this.faults[fault]++;
    }
    const socket = request.socket;
    switch (fault) {
      case 'throttle': return send(response, error('TooManyRequestsException', 'Too many requests'));
      case 'error-before': return send(response, { status: 500, body: { __type: 'InternalErrorException', message: 'Internal error' } });
      case 'html-before': return sendHtml(response, 503);
      case 'reset-before': return void socket.destroy();
      case 'stall-before': return;
    }
    const answer = this.apply(operation, username, input);
    switch (fault) {
      case 'error-after': return send(response, { status: 500, body: { __type: 'InternalErrorException', message: 'Internal error' } });
      case 'html-after': return sendHtml(response, 502);
      case 'reset-after': return void socket.destroy();
      case 'stall-after': return;
      case 'dribble': return dribble(response, answer);
      case 'truncated': return truncate(response, answer);
    }
    return send(response, answer);
  }

  private pickFault(operation: string, username: string): FaultKind | undefined {
    const count = (this.perUser.get(username) ?? 0) + 1;
    this.perUser.set(username, count);
    const digest = createHash('sha256').update(`${this.seed}/${operation}/${username}/${count}`).digest();
    const draw = digest.readUInt32BE(0) / 2 ** 32;
    if (draw >= this.rate) {
      return undefined;
    }
    // A 2xx or a failure after applying only means something for a change.
    const kinds = WRITES.has(operation) ? FAULT_KINDS : FAULT_KINDS.filter((kind) => kind.endsWith('-before') || kind === 'throttle');
    return kinds[digest.readUInt32BE(4) % kinds.length];
  }

  /** Cognito's behaviour for each Admin call the worker makes. */
  private apply(operation: string, username: string, input: Record<string, unknown>): Answer {
    const user = this.users.get(username);
    const now = Date.now();
    const change = (): Answer => {
      this.applied.push({ username, operation });
      if (user) {
        user.modified = now;
      }
      return { status: 200, body: {} };
    };
    const list = (input.UserAttributes ?? []) as Array<{ Name: string; Value: string }>;
    const attributes = () => Object.fromEntries(list.map(({ Name, Value }) => [Name, Value]));
    switch (operation) {
      case 'AdminGetUser':
        return user ? { status: 200, body: describe(username, user) } : notFound();
      case 'AdminCreateUser': {
        if (user) {
          return error('UsernameExistsException', 'User account already exists');
        }
        // Cognito gives every user a new sub of its own.
        const sub = createHash('sha256').update(`${this.seed}/sub/${username}`).digest('hex').slice(0, 32);
        const created = { attributes: { ...attributes(), ...(this.assignSubs && { sub }) }, enabled: true, status: 'FORCE_CHANGE_PASSWORD', created: now, modified: now };
        this.users.set(username, created);
        change();
        const { UserAttributes, ...rest } = describe(username, created);
        return { status: 200, body: { User: { ...rest, Attributes: UserAttributes } } };
      }
      case 'CreateGroup': {
        const name = String(input.GroupName);
        if (this.groups.has(name)) {
          return error('GroupExistsException', 'A group with the name already exists.');
        }
        this.groups.set(name, new Set());
        this.applied.push({ username, operation });
        return { status: 200, body: { Group: { GroupName: name } } };
      }
    }
    if (!user) {
      return notFound();
    }
    switch (operation) {
      case 'AdminDeleteUser':
        this.users.delete(username);
        return change();
      case 'AdminEnableUser':
      case 'AdminDisableUser':
        user.enabled = operation === 'AdminEnableUser';
        return change();
      case 'AdminResetUserPassword':
        user.status = 'RESET_REQUIRED';
        return change();
      case 'AdminUpdateUserAttributes':
        Object.assign(user.attributes, attributes());
        return change();
      case 'AdminAddUserToGroup': {
        const members = this.groups.get(String(input.GroupName));
        if (!members) {
          return error('ResourceNotFoundException', 'Group not found.');
        }
        members.add(username);
        return change();
      }
    }
    return error('InvalidParameterException', `The fake does not serve ${operation}`);
  }
}

function describe(username: string, user: FakeUser) {
  return {
    Username: username,
    UserAttributes: Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value })),
    Enabled: user.enabled,
    UserStatus: user.status,
    UserCreateDate: user.created / 1000,
    UserLastModifiedDate: user.modified / 1000,
  };
}

function send(response: ServerResponse, answer: Answer): void {
  const headers = answer.status === 200 ? JSON_TYPE : { ...JSON_TYPE, 'x-amzn-errortype': String(answer.body.__type) };
  response.writeHead(answer.status, headers);
  response.end(JSON.stringify(answer.body));
}

function sendHtml(response: ServerResponse, status: number): void {
  response.writeHead(status, { 'content-type': 'text/html' });
  response.end(HTML);
}

/** The answer's status line, then one byte at a time, too slowly for any deadline. */
function dribble(response: ServerResponse, answer: Answer): void {
  response.writeHead(answer.status, JSON_TYPE);
  const text = JSON.stringify(answer.body) + ' '.repeat(1_000);
  let sent = 0;
  const timer = setInterval(() => {
    if (response.destroyed || sent >= text.length) {
      clearInterval(timer);
      response.end();
      return;
    }
    response.write(text[sent++]);
  }, 20);
  response.on('close', () => clearInterval(timer));
}

/** Half of the answer: ended early, or cut short of the length the header announced. */
function truncate(response: ServerResponse, answer: Answer): void {
  const text = JSON.stringify({ ...answer.body, padding: 'x'.repeat(64) });
  const half = text.slice(0, Math.floor(text.length / 2));
  if (text.length % 2 === 0) {
    response.writeHead(answer.status, JSON_TYPE);
    response.end(half);
  } else {
    response.writeHead(answer.status, { ...JSON_TYPE, 'content-length': String(text.length) });
    response.write(half, () => response.socket?.destroy());
  }
}
