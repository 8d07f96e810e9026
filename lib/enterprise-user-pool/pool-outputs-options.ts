/**
 * Which identifiers the pool publishes. Outputs carry ids and URLs only; a client secret is
 * never published.
 */
export interface PoolOutputsOptions {
  /**
   * Whether to create CloudFormation outputs for the pool id and ARN, the provider URL, each
   * client id and the domain.
   * @default true
   */
  readonly cfnOutputs?: boolean;

  /**
   * A prefix for export names, so other stacks can import the values with `Fn.importValue`.
   * @default - outputs are not exported
   */
  readonly exportPrefix?: string;

  /**
   * An SSM parameter path prefix such as `/myapp/prod/auth`; one String parameter is created per
   * value, named `<prefix>/<value>`.
   * @default - no parameters
   */
  readonly ssmParameterPrefix?: string;
}
