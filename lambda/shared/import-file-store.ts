import { runWithin } from './deadline';
import { StoreCallLimits, StoreClient } from './store-call';
import { retriedByStateMachine } from './store-failure';
import { namedError } from './user-import-row';
import { USER_IMPORT_ERRORS } from '../../lib/private/operations-environment';

/** Reads a CSV file and writes the plan of an import, as whole text objects. */
export interface ImportFileStore {
  read(bucket: string, key: string): Promise<string>;
  write(bucket: string, key: string, text: string): Promise<void>;
}

// What the worker uses of the S3 client the Lambda runtime supplies (the bundle leaves @aws-sdk/* out).
interface S3Module {
  S3Client: new (config: object) => StoreClient;
  GetObjectCommand: new (input: object) => object;
  PutObjectCommand: new (input: object) => object;
}

/**
 * The store over S3. The client is loaded at the first plan only, so a worker that applies rows
 * never loads it. Files above `maxBytes` are refused before they are read into memory. Each read
 * (its body included) and each write ends within its deadline.
 */
export function s3ImportFileStore(maxBytes: number, limits: StoreCallLimits): ImportFileStore {
  let client: StoreClient | undefined;
  let sdk: S3Module | undefined;
  const s3 = () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    sdk ??= require('@aws-sdk/client-s3') as S3Module;
    client ??= new sdk.S3Client(limits.sdkOptions);
    return { client, sdk };
  };
  return {
    read: (Bucket, Key) => runWithin(limits.callTimeoutMs, async (abortSignal) => {
      const { client: c, sdk: m } = s3();
      const object = await c.send(new m.GetObjectCommand({ Bucket, Key }), { abortSignal });
      if (Number(object.ContentLength) > maxBytes) {
        throw namedError(USER_IMPORT_ERRORS.fileTooLarge, `The CSV file is larger than ${maxBytes} bytes: split it into several files`);
      }
      return (object.Body as { transformToString(): Promise<string> }).transformToString();
    }),
    write: (Bucket, Key, Body) => runWithin(limits.callTimeoutMs, async (abortSignal) => {
      const { client: c, sdk: m } = s3();
      await c.send(new m.PutObjectCommand({ Bucket, Key, Body, ContentType: 'application/jsonl' }), { abortSignal });
    }),
  };
}

/**
 * The store with every transient failure (throttled, a 5xx, a lost or late answer) turned into the
 * error the state machine retries: a plan step reads the same files and rewrites the same keys.
 */
export function retriedImportFileStore(store: ImportFileStore): ImportFileStore {
  const retried = USER_IMPORT_ERRORS.storeUnavailable;
  return {
    read: (bucket, key) => retriedByStateMachine(`Reading ${key}`, () => store.read(bucket, key), retried),
    write: (bucket, key, text) => retriedByStateMachine(`Writing ${key}`, () => store.write(bucket, key, text), retried),
  };
}
