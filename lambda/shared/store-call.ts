/** What a job uses of an AWS SDK v3 client: sending a command that a signal can abort. */
export interface StoreClient {
  send(command: object, options: { abortSignal: AbortSignal }): Promise<Record<string, unknown>>;
}

/** How a job's S3, DynamoDB and SNS operations are bounded. */
export interface StoreCallLimits {
  /** Settings of each SDK client: its attempts and their timeouts. */
  readonly sdkOptions: object;
  /**
   * Milliseconds one operation may take: every attempt, the backoff between them and reading the
   * answer's body. Each store runs its operations with runWithin, whose race ends an operation with
   * a TimeoutError even when the SDK ignores the signal or a body dribbles in; a timeout is a
   * transient failure (see isTransientStoreFailure).
   */
  readonly callTimeoutMs: number;
}
