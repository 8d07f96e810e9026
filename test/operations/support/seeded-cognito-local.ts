import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOOPBACK, reserveFreePort } from '../../integ/support/local-ports';

/** Tells the preload to write its files when asked on the IPC channel (cognito-local-deferred-store.js). */
const FLUSH_ON_MESSAGE_ENV = 'COGNITO_LOCAL_FLUSH_ON_MESSAGE';

/** A user as cognito-local stores it in `.cognito/db/<poolId>.json` (dates as ISO strings). */
export interface StoredUser {
  readonly Username: string;
  readonly Attributes: Array<{ Name: string; Value: string }>;
  readonly Enabled: boolean;
  readonly UserStatus: string;
  readonly UserCreateDate: string;
  readonly UserLastModifiedDate: string;
  readonly RefreshTokens: string[];
}

/** A group as cognito-local stores it. */
export interface StoredGroup {
  readonly GroupName: string;
  readonly UserPoolId: string;
  readonly CreationDate: string;
  readonly LastModifiedDate: string;
  readonly members: string[];
}

/** A running cognito-local whose pool was written to its data file before it started. */
export interface SeededCognitoLocal {
  readonly endpoint: string;
  /** The pool as cognito-local has it now, read from the file it writes when asked. */
  readPool(): Promise<{ Users: Record<string, StoredUser>; Groups?: Record<string, StoredGroup> }>;
  stop(): Promise<void>;
}

/**
 * Starts cognito-local on a fresh data directory holding one pool written directly: thousands of
 * users, any creation date, without thousands of AdminCreateUser calls. cognito-local loads every
 * `<id>.json` in its data directory at start (CognitoServiceImpl.init) and revives `…Date` fields
 * from ISO strings; the test checks a user it creates itself through the API has the same shape.
 */
export async function startSeededCognitoLocal(
  poolId: string, users: StoredUser[], groups: StoredGroup[], emptyPools: string[] = [],
): Promise<SeededCognitoLocal> {
  const directory = mkdtempSync(join(tmpdir(), 'cognito-local-lifecycle-'));
  const port = await reserveFreePort();
  const endpoint = `http://${LOOPBACK}:${port}`;
  mkdirSync(join(directory, '.cognito', 'db'), { recursive: true });
  writeFileSync(join(directory, '.cognito', 'config.json'), JSON.stringify({ TokenConfig: { IssuerDomain: endpoint } }));
  const poolFile = join(directory, '.cognito', 'db', `${poolId}.json`);
  writeFileSync(poolFile, JSON.stringify({
    Users: Object.fromEntries(users.map((user) => [user.Username, user])),
    Groups: Object.fromEntries(groups.map((group) => [group.GroupName, group])),
    Options: { Id: poolId, Name: 'lifecycle', UsernameAttributes: [], SchemaAttributes: [] },
  }));
  // Pools with usernames (cognito-local's CreateUserPool would default them to email sign-in).
  for (const id of emptyPools) {
    writeFileSync(join(directory, '.cognito', 'db', `${id}.json`), JSON.stringify({
      Users: {}, Groups: {}, Options: { Id: id, Name: id, UsernameAttributes: [], SchemaAttributes: [] },
    }));
  }
  // The preload keeps cognito-local's changes in memory until readPool asks for the file.
  const preload = join(__dirname, 'cognito-local-deferred-store.js');
  const child = spawn(process.execPath, ['--require', preload, require.resolve('cognito-local/lib/bin/start.js')], {
    cwd: directory,
    env: { ...process.env, PORT: String(port), HOST: LOOPBACK, [FLUSH_ON_MESSAGE_ENV]: '1' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => { errors += chunk.toString('utf8'); });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); });
    }
    rmSync(directory, { recursive: true, force: true });
  };
  // Generous: the machine is shared, and the emulator parses the whole pool file at start.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (await fetch(`${endpoint}/health`).then((response) => response.ok, () => false)) {
      break;
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error(`cognito-local did not start: ${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  let flushes = 0;
  const flush = () => new Promise<void>((resolve, reject) => {
    const id = ++flushes;
    const onMessage = (message: { flushed?: number }) => {
      if (message?.flushed === id) {
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve();
      }
    };
    const onExit = () => reject(new Error(`cognito-local exited before writing its files: ${errors}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send({ flush: id }, (error) => error && reject(error));
  });
  const readPool = async () => {
    await flush();
    return JSON.parse(readFileSync(poolFile, 'utf8'));
  };
  return { endpoint, readPool, stop };
}
