/** Reads and writes whole text objects: the job's reports and the map results Step Functions wrote. */
export interface ObjectStore {
  get(bucket: string, key: string): Promise<string>;
  put(bucket: string, key: string, body: string, contentType: string): Promise<void>;
}

// What a job uses of the S3 client the Lambda runtime supplies (the bundle leaves @aws-sdk/* out).
interface S3Module {
  S3Client: new (config: object) => { send(command: object): Promise<Record<string, unknown>> };
  GetObjectCommand: new (input: object) => object;
  PutObjectCommand: new (input: object) => object;
}

/** The store over S3, its client loaded at the first call only. */
export function s3ObjectStore(config: object): ObjectStore {
  let client: { send(command: object): Promise<Record<string, unknown>> } | undefined;
  let sdk: S3Module | undefined;
  const s3 = () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    sdk ??= require('@aws-sdk/client-s3') as S3Module;
    client ??= new sdk.S3Client(config);
    return { client, sdk };
  };
  return {
    get: async (Bucket, Key) => {
      const { client: c, sdk: m } = s3();
      const object = await c.send(new m.GetObjectCommand({ Bucket, Key }));
      return (object.Body as { transformToString(): Promise<string> }).transformToString();
    },
    put: async (Bucket, Key, Body, ContentType) => {
      const { client: c, sdk: m } = s3();
      await c.send(new m.PutObjectCommand({ Bucket, Key, Body, ContentType }));
    },
  };
}
