import * as cdk from 'aws-cdk-lib';

// Stands in for 'aws-cdk-lib' in README programs: the same module, except that every App it
// creates is remembered, so a test can synthesize the apps a program builds but never synths
// itself (the CDK CLI does that when it runs a TypeScript app).
export * from 'aws-cdk-lib';

const created: cdk.App[] = [];

/** An App that remembers itself. */
export class App extends cdk.App {
  constructor(props?: cdk.AppProps) {
    super(props);
    created.push(this);
  }
}

/** The apps created since the last call. */
export function takeCreatedApps(): cdk.App[] {
  return created.splice(0);
}
