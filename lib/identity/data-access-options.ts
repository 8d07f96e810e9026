/**
 * Which S3 objects a scoped grant covers.
 */
export interface S3PrefixAccessOptions {
  /**
   * A key prefix the per-user or per-tenant folder sits under, such as `private/`. A trailing
   * slash is added when missing; wildcards and policy variables are refused.
   * @default - the folder sits at the bucket root
   */
  readonly prefix?: string;

  /**
   * Grant reads (get and list) only.
   * @default false
   */
  readonly readOnly?: boolean;
}

/**
 * Which DynamoDB operations a scoped grant covers. Scans are never granted: `dynamodb:LeadingKeys`
 * cannot constrain them.
 */
export interface DynamoDbItemAccessOptions {
  /**
   * Grant reads (get, batch get, query) only.
   * @default false
   */
  readonly readOnly?: boolean;
}
