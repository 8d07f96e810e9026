import { CfnOutput } from 'aws-cdk-lib';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { PoolOutputsOptions } from './pool-outputs-options';

/** One published identifier: an output key, an SSM parameter leaf and its value. */
export interface PublishedValue {
  readonly key: string;
  readonly parameterName: string;
  readonly description: string;
  readonly value: string;
}

/**
 * Publishes identifiers as CloudFormation outputs and, when asked, SSM parameters. Only ids and
 * URLs pass through here: a client secret is never a published value.
 */
export class PoolOutputs extends Construct {
  constructor(scope: Construct, id: string, private readonly options: PoolOutputsOptions) {
    super(scope, id);
  }

  /** Publishes one value under its key. */
  public publish(published: PublishedValue): void {
    if (this.options.cfnOutputs ?? true) {
      new CfnOutput(this, published.key, {
        value: published.value,
        description: published.description,
        exportName: this.options.exportPrefix ? `${this.options.exportPrefix}-${published.key}` : undefined,
      });
    }
    if (this.options.ssmParameterPrefix) {
      new ssm.StringParameter(this, `${published.key}Parameter`, {
        parameterName: `${this.options.ssmParameterPrefix.replace(/\/$/, '')}/${published.parameterName}`,
        stringValue: published.value,
        description: published.description,
      });
    }
  }
}
