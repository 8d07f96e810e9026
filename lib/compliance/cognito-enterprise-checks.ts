import { CfnResource, Token } from 'aws-cdk-lib';
// Not cdk-nag's index, which loads every pack and rule: see cognito-rule.ts.
import { NagPack, NagPackProps } from 'cdk-nag/lib/nag-pack';
import { IConstruct } from 'constructs';
import { RuleSettings } from './cognito-rule';
import { COGNITO_ENTERPRISE_RULES } from './rules';

/** Cognito's own bounds for a refresh token: 60 minutes to 10 years. */
const MIN_REFRESH_TOKEN_VALIDITY_DAYS = 1 / 24;
const MAX_REFRESH_TOKEN_VALIDITY_DAYS = 3650;

/**
 * Properties of the CognitoEnterpriseChecks pack.
 */
export interface CognitoEnterpriseChecksProps extends NagPackProps {
  /**
   * Longest refresh-token validity, in days, that an app client may issue before
   * `CognitoEnterprise-COG10` reports it. Cognito allows 60 minutes to 10 years.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html
   * @default 30
   */
  readonly maxRefreshTokenValidityDays?: number;
}

/**
 * A cdk-nag pack of Amazon Cognito checks that the AwsSolutions pack does not make: OAuth
 * flows, scopes and redirect URLs of app clients, token lifetimes, user enumeration, sign-in
 * case sensitivity, protection of the user pool against deletion, secrets in stack outputs and
 * trigger timeouts. It works on any construct tree, not only on this library's constructs.
 *
 * Rule ids are `CognitoEnterprise-COG<n>`; acknowledge a finding with
 * `Validations.of(scope).acknowledge({ id, reason })`.
 *
 * @exampleMetadata fixture=construct
 * @example
 * Validations.of(app).addPlugins(new CognitoEnterpriseChecks(app));
 */
export class CognitoEnterpriseChecks extends NagPack {
  /** The prefix of every rule id this pack reports. */
  public static readonly PACK_NAME = 'CognitoEnterprise';

  /** The name of this validation plugin, as shown in the validation report. */
  public readonly name = CognitoEnterpriseChecks.PACK_NAME;

  private readonly settings: RuleSettings;

  /**
   * @param scope the scope to attach cdk-nag's acknowledgement aspect to when
   * `writeSuppressionsToCloudFormation` is set; not needed otherwise
   * @param props limits and reporting options of the pack
   */
  constructor(scope?: IConstruct, props: CognitoEnterpriseChecksProps = {}) {
    super(scope, props);
    this.packName = CognitoEnterpriseChecks.PACK_NAME;
    this.settings = {
      maxRefreshTokenValidityDays: validMaxRefreshTokenValidityDays(props.maxRefreshTokenValidityDays ?? 30),
    };
  }

  /** Applies every rule of the pack to one CloudFormation resource. */
  protected checkResource(node: CfnResource): void {
    for (const rule of COGNITO_ENTERPRISE_RULES) {
      this.applyRule({
        ruleSuffixOverride: rule.id,
        info: rule.info,
        explanation: rule.explanation,
        level: rule.level,
        node,
        rule: (resource: CfnResource) => rule.check(resource, this.settings),
      });
    }
  }
}

function validMaxRefreshTokenValidityDays(days: number): number {
  if (Token.isUnresolved(days) || !Number.isFinite(days) || days < MIN_REFRESH_TOKEN_VALIDITY_DAYS || days > MAX_REFRESH_TOKEN_VALIDITY_DAYS) {
    throw new Error(`maxRefreshTokenValidityDays for CognitoEnterpriseChecks must be a number of days between ${MIN_REFRESH_TOKEN_VALIDITY_DAYS.toFixed(4)} (60 minutes) and ${MAX_REFRESH_TOKEN_VALIDITY_DAYS} (10 years) (received: ${days})`);
  }
  return days;
}
