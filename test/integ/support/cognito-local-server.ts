import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOOPBACK, reserveFreePort } from './local-ports';

/** Where cognito-local sends trigger invocations, and which function serves each trigger. */
export interface CognitoLocalOptions {
  /** Endpoint of a server speaking the Lambda Invoke API. */
  readonly lambdaEndpoint: string;
  /** Trigger name (`PreSignUp`, `PostConfirmation`, ...) → function name. */
  readonly triggerFunctions: Record<string, string>;
}

/** A running cognito-local process with its own data directory. */
export interface CognitoLocalServer {
  /** Base URL of the Cognito API, the token issuer's domain and the JWKS host. */
  readonly endpoint: string;
  /** Everything the emulator has printed so far, colours stripped. */
  output(): string;
  stop(): Promise<void>;
}

const START_SCRIPT = require.resolve('cognito-local/lib/bin/start.js');
const STARTUP_TIMEOUT_MILLIS = 20_000;
// eslint-disable-next-line no-control-regex
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;

/**
 * Starts cognito-local on a free loopback port in a fresh temporary working directory and waits
 * for its health endpoint. Its JSON data files tear under parallel writes, so one emulator serves
 * one suite, its flows run one after another, and it is never restarted on the same directory.
 */
export async function startCognitoLocal(options: CognitoLocalOptions): Promise<CognitoLocalServer> {
  const workingDirectory = mkdtempSync(join(tmpdir(), 'cognito-local-'));
  const port = await reserveFreePort();
  const endpoint = `http://${LOOPBACK}:${port}`;
  writeConfig(workingDirectory, endpoint, options);

  const child = spawn(process.execPath, [START_SCRIPT], {
    cwd: workingDirectory,
    // A wide virtual terminal keeps the emulator's message boxes from wrapping long email bodies.
    env: { ...process.env, PORT: String(port), HOST: LOOPBACK, COLUMNS: '100000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const collect = (chunk: Buffer) => { printed += chunk.toString('utf8'); };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const output = () => printed.replace(ANSI_ESCAPE, '');

  const stop = async () => {
    await stopProcess(child);
    rmSync(workingDirectory, { recursive: true, force: true });
  };
  try {
    await waitForHealth(endpoint, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, output, stop };
}

function writeConfig(workingDirectory: string, endpoint: string, options: CognitoLocalOptions): void {
  const config = {
    LambdaClient: {
      endpoint: options.lambdaEndpoint,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    },
    TriggerFunctions: options.triggerFunctions,
    // No UserPoolDefaults: every pool setting comes from its CreateUserPool request.
    TokenConfig: { IssuerDomain: endpoint },
  };
  mkdirSync(join(workingDirectory, '.cognito'));
  writeFileSync(join(workingDirectory, '.cognito', 'config.json'), JSON.stringify(config, undefined, 2));
}

async function waitForHealth(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MILLIS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`cognito-local exited with code ${child.exitCode} before it was healthy:\n${output()}`);
    }
    const healthy = await fetch(`${endpoint}/health`).then((response) => response.ok, () => false);
    if (healthy) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`cognito-local was not healthy within ${STARTUP_TIMEOUT_MILLIS} ms:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
