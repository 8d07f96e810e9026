import { Construct } from 'constructs';

/** One intent, expressed with a construct of the library and by hand with aws-cdk-lib alone. */
export interface SameIntentScenario {
  readonly name: string;
  readonly library: (scope: Construct) => void;
  readonly handWritten: (scope: Construct) => void;
}

export const CALLBACKS = { callbackUrls: ['https://app.example.com/callback'], logoutUrls: ['https://app.example.com/'] };
