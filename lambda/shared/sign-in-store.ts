import { runWithin } from './deadline';
import { StoreCallLimits, StoreClient } from './store-call';
import { TRACKING_STARTED_SUB } from '../../lib/private/scan-environment';

/** The last-sign-in table as the lifecycle jobs read it (contract: key `sub`, `lastSignInAt` epoch ms). */
export interface SignInStore {
  /** The recorded last sign-in of each sub that has one (at most 100 subs per call). */
  lastSignIns(subs: readonly string[]): Promise<Map<string, number>>;
  /** When tracking started: the marker item's time, written as `now` by the first run that finds none. */
  trackingStart(now: number): Promise<number>;
}

// What the jobs use of the DynamoDB client the Lambda runtime supplies (the bundle leaves @aws-sdk/* out).
interface DynamoModule {
  DynamoDBClient: new (config: object) => StoreClient;
  BatchGetItemCommand: new (input: object) => object;
  PutItemCommand: new (input: object) => object;
  GetItemCommand: new (input: object) => object;
}

type Item = Record<string, { S?: string; N?: string }>;

// BatchGetItem answers at most 100 keys and may leave some unprocessed under load: they are asked again.
const MAX_KEYS = 100;
const MAX_ROUNDS = 5;

/**
 * The store over DynamoDB, its client loaded at the first call; each lookup (its rounds for
 * unprocessed keys included) ends within its deadline. Reads are eventually consistent: a
 * day-scale figure needs no more.
 */
export function dynamoSignInStore(tableName: string, limits: StoreCallLimits): SignInStore {
  let sdk: DynamoModule | undefined;
  let client: StoreClient | undefined;
  const dynamo = () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    sdk ??= require('@aws-sdk/client-dynamodb') as DynamoModule;
    client ??= new sdk.DynamoDBClient(limits.sdkOptions);
    return { c: client, m: sdk };
  };
  return {
    lastSignIns: (subs) => runWithin(limits.callTimeoutMs, async (abortSignal) => {
      const { c, m } = dynamo();
      const found = new Map<string, number>();
      let keys: Array<Record<string, { S: string }>> = subs.slice(0, MAX_KEYS).map((sub) => ({ sub: { S: sub } }));
      for (let round = 0; keys.length > 0; round++) {
        if (round === MAX_ROUNDS) {
          throw Object.assign(new Error('DynamoDB left keys unprocessed after retries'), { name: 'ProvisionedThroughputExceededException' });
        }
        const answer = await c.send(new m.BatchGetItemCommand({
          RequestItems: { [tableName]: { Keys: keys, ProjectionExpression: '#s, lastSignInAt', ExpressionAttributeNames: { '#s': 'sub' } } },
        }), { abortSignal });
        for (const item of ((answer.Responses as Record<string, Item[]> | undefined)?.[tableName] ?? [])) {
          if (item.sub?.S && item.lastSignInAt?.N) {
            found.set(item.sub.S, Number(item.lastSignInAt.N));
          }
        }
        keys = ((answer.UnprocessedKeys as Record<string, { Keys: typeof keys }> | undefined)?.[tableName]?.Keys) ?? [];
        if (keys.length > 0) {
          await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** round * Math.random()));
        }
      }
      return found;
    }),
    trackingStart: (now) => runWithin(limits.callTimeoutMs, async (abortSignal) => {
      const { c, m } = dynamo();
      try {
        await c.send(new m.PutItemCommand({
          TableName: tableName,
          Item: { sub: { S: TRACKING_STARTED_SUB }, lastSignInAt: { N: String(now) } },
          ConditionExpression: 'attribute_not_exists(#s)',
          ExpressionAttributeNames: { '#s': 'sub' },
        }), { abortSignal });
        return now;
      } catch (error) {
        if ((error as Error).name !== 'ConditionalCheckFailedException') {
          throw error;
        }
      }
      const marker = await c.send(
        new m.GetItemCommand({ TableName: tableName, Key: { sub: { S: TRACKING_STARTED_SUB } }, ConsistentRead: true }), { abortSignal },
      );
      return Number((marker.Item as Item | undefined)?.lastSignInAt?.N ?? now);
    }),
  };
}

/**
 * When a user was last active: the recorded sign-in, or — for a user never seen signing in since
 * tracking started — the later of the user's creation and the start of tracking.
 */
export function lastActiveAt(recorded: number | undefined, createdAt: number, trackingStartedAt: number): number {
  return recorded ?? Math.max(createdAt, trackingStartedAt);
}
