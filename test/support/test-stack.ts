import { Stack } from 'aws-cdk-lib';

/** A stack in a fixed environment, so ARNs and regions are known at synth. */
export function testStack(id = 'TestStack'): Stack {
  return new Stack(undefined, id, { env: { account: '123456789012', region: 'eu-west-1' } });
}
