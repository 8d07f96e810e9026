import { runWithin } from './deadline';
import { StoreCallLimits, StoreClient } from './store-call';

/** Publishes a short, PII-free summary to an SNS topic. */
export interface Notifier {
  publish(subject: string, message: string): Promise<void>;
}

// What the job uses of the SNS client the Lambda runtime supplies (the bundle leaves @aws-sdk/* out).
interface SnsModule {
  SNSClient: new (config: object) => StoreClient;
  PublishCommand: new (input: object) => object;
}

/** The notifier over SNS, its client loaded at the first message; each message is sent within its deadline. */
export function snsNotifier(topicArn: string, limits: StoreCallLimits): Notifier {
  let sdk: SnsModule | undefined;
  let client: StoreClient | undefined;
  return {
    publish: (Subject, Message) => runWithin(limits.callTimeoutMs, async (abortSignal) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      sdk ??= require('@aws-sdk/client-sns') as SnsModule;
      client ??= new sdk.SNSClient(limits.sdkOptions);
      // SNS subjects are at most 100 characters.
      await client.send(new sdk.PublishCommand({ TopicArn: topicArn, Subject: Subject.slice(0, 100), Message }), { abortSignal });
    }),
  };
}
