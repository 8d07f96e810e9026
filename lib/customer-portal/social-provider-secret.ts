import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

/**
 * Where a social provider's credential lives in AWS Secrets Manager. The template carries only a
 * `{{resolve:secretsmanager:...}}` reference, which CloudFormation resolves at deploy time.
 */
export interface SocialProviderSecret {
  /**
   * The secret, for example `Secret.fromSecretNameV2(this, 'GoogleSecret', 'portal/google')`.
   */
  readonly secret: secretsmanager.ISecret;

  /**
   * The key of the credential when the secret is a JSON object.
   * @default - the whole secret string
   */
  readonly jsonField?: string;
}
