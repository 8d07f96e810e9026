/**
 * In-memory stand-ins for the AWS SDK modules the Lambda runtime supplies but this repository does
 * not install (@aws-sdk/client-s3, client-dynamodb, client-sns). Registered with jest.mock(…, {
 * virtual: true }), they serve the bundled workers' own S3, DynamoDB and SNS code paths. They keep
 * the services' observable rules the workers rely on: BatchGetItem answers at most 100 keys and
 * may leave some unprocessed; a conditional PutItem fails with ConditionalCheckFailedException;
 * GetObject of a missing key fails with NoSuchKey. State lives on globalThis, so every fresh copy
 * of a bundle (jest.isolateModules) sees the same buckets, table and topic.
 */

type Attribute = { S?: string; N?: string };
type Item = Record<string, Attribute>;

/** The fakes' shared state. */
export interface FakeAws {
  readonly objects: Map<string, { body: string; contentType: string }>;
  readonly table: Map<string, Item>;
  readonly messages: Array<{ topicArn: string; subject: string; message: string }>;
  /** How many keys BatchGetItem leaves unprocessed on its next answer (then resets). */
  unprocessedOnce: number;
  readonly calls: string[];
}

export function fakeAws(): FakeAws {
  const holder = globalThis as unknown as { lifecycleFakeAws?: FakeAws };
  return holder.lifecycleFakeAws ??= { objects: new Map(), table: new Map(), messages: [], unprocessedOnce: 0, calls: [] };
}

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

class Command {
  constructor(public readonly input: Record<string, unknown>) {}
}

export const s3Module = {
  GetObjectCommand: class GetObjectCommand extends Command {},
  PutObjectCommand: class PutObjectCommand extends Command {},
  S3Client: class S3Client {
    async send(command: Command) {
      const aws = fakeAws();
      const { Bucket, Key, Body, ContentType } = command.input as Record<string, string>;
      aws.calls.push(`s3:${command.constructor.name}`);
      if (command.constructor.name === 'PutObjectCommand') {
        aws.objects.set(`${Bucket}/${Key}`, { body: Body, contentType: ContentType });
        return {};
      }
      const object = aws.objects.get(`${Bucket}/${Key}`);
      if (!object) {
        throw named('NoSuchKey', 'The specified key does not exist.');
      }
      return { Body: { transformToString: async () => object.body } };
    }
  },
};

export const dynamoModule = {
  BatchGetItemCommand: class BatchGetItemCommand extends Command {},
  PutItemCommand: class PutItemCommand extends Command {},
  GetItemCommand: class GetItemCommand extends Command {},
  DynamoDBClient: class DynamoDBClient {
    async send(command: Command) {
      const aws = fakeAws();
      aws.calls.push(`dynamodb:${command.constructor.name}`);
      const input = command.input as Record<string, any>;
      if (command.constructor.name === 'BatchGetItemCommand') {
        const [[tableName, request]] = Object.entries(input.RequestItems as Record<string, { Keys: Item[] }>);
        if (request.Keys.length > 100) {
          throw named('ValidationException', 'Too many items requested for the BatchGetItem call');
        }
        const unprocessed = request.Keys.slice(0, aws.unprocessedOnce);
        aws.unprocessedOnce = 0;
        const served = request.Keys.slice(unprocessed.length);
        const items = served.map((key) => aws.table.get(key.sub.S!)).filter((item): item is Item => !!item);
        return {
          Responses: { [tableName]: items },
          UnprocessedKeys: unprocessed.length > 0 ? { [tableName]: { Keys: unprocessed } } : {},
        };
      }
      if (command.constructor.name === 'PutItemCommand') {
        const item = input.Item as Item;
        if (input.ConditionExpression && aws.table.has(item.sub.S!)) {
          throw named('ConditionalCheckFailedException', 'The conditional request failed');
        }
        aws.table.set(item.sub.S!, item);
        return {};
      }
      const item = aws.table.get((input.Key as Item).sub.S!);
      return item ? { Item: item } : {};
    }
  },
};

export const snsModule = {
  PublishCommand: class PublishCommand extends Command {},
  SNSClient: class SNSClient {
    async send(command: Command) {
      const { TopicArn, Subject, Message } = command.input as Record<string, string>;
      if (Subject.length > 100) {
        throw named('InvalidParameterException', 'Subject must be at most 100 characters');
      }
      fakeAws().messages.push({ topicArn: TopicArn, subject: Subject, message: Message });
      return { MessageId: String(fakeAws().messages.length) };
    }
  },
};
