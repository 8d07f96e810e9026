/** Publishes a short, PII-free summary to an SNS topic. */
export interface Notifier {
  publish(subject: string, message: string): Promise<void>;
}

// What the job uses of the SNS client the Lambda runtime supplies (the bundle leaves @aws-sdk/* out).
interface SnsModule {
  SNSClient: new (config: object) => { send(command: object): Promise<unknown> };
  PublishCommand: new (input: object) => object;
}

/** The notifier over SNS, its client loaded at the first message. */
export function snsNotifier(topicArn: string, config: object): Notifier {
  let sdk: SnsModule | undefined;
  let client: { send(command: object): Promise<unknown> } | undefined;
  return {
    publish: async (Subject, Message) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      sdk ??= require('@aws-sdk/client-sns') as SnsModule;
      client ??= new sdk.SNSClient(config);
      // SNS subjects are at most 100 characters.
      await client.send(new sdk.PublishCommand({ TopicArn: topicArn, Subject: Subject.slice(0, 100), Message }));
    },
  };
}
