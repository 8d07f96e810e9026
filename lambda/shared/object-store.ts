import { runWithin } from './deadline';
import { StoreCallLimits, StoreClient } from './store-call';
import { retriedByStateMachine } from './store-failure';

/** Reads and writes whole text objects: the job's reports and the map results Step Functions wrote. */
export interface ObjectStore {
  get(bucket: string, key: string): Promise<string>;
  put(bucket: string, key: string, body: string, contentType: string): Promise<void>;
}

// What a job uses of the S3 client the Lambda runtime supplies (the bundle leaves @aws-sdk/* out).
interface S3Module {
  S3Client: new (config: object) => StoreClient;
  GetObjectCommand: new (input: object) => object;
  PutObjectCommand: new (input: object) => object;
}

/** The store over S3, its client loaded at the first call only; each read or write ends within its deadline. */
export function s3ObjectStore(limits: StoreCallLimits): ObjectStore {
  let client: StoreClient | undefined;
  let sdk: S3Module | undefined;
  const s3 = () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    sdk ??= require('@aws-sdk/client-s3') as S3Module;
    client ??= new sdk.S3Client(limits.sdkOptions);
    return { client, sdk };
  };
  return {
    get: (Bucket, Key) => runWithin(limits.callTimeoutMs, async (abortSignal) => {
      const { client: c, sdk: m } = s3();
      const object = await c.send(new m.GetObjectCommand({ Bucket, Key }), { abortSignal });
      // The body streams in after the answer's headers: reading it is part of the operation.
      return (object.Body as { transformToString(): Promise<string> }).transformToString();
    }),
    put: (Bucket, Key, Body, ContentType) => runWithin(limits.callTimeoutMs, async (abortSignal) => {
      const { client: c, sdk: m } = s3();
      await c.send(new m.PutObjectCommand({ Bucket, Key, Body, ContentType }), { abortSignal });
    }),
  };
}

/**
 * The store with every transient failure of its reads and writes turned into the error the state
 * machine retries, for a job whose steps only read and write whole objects: a retried step reads
 * the same objects and rewrites the same keys.
 */
export function retriedObjectStore(store: ObjectStore): ObjectStore {
  return {
    get: (bucket, key) => retriedByStateMachine(`Reading ${key}`, () => store.get(bucket, key)),
    put: (bucket, key, body, contentType) => retriedByStateMachine(`Writing ${key}`, () => store.put(bucket, key, body, contentType)),
  };
}
