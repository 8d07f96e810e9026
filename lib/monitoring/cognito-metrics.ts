import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { AuthActivity } from './auth-activity';
import { METRIC_PERIOD } from './defaults';

const NAMESPACE = 'AWS/Cognito';

/**
 * The dimension sets Cognito publishes each metric with. Activity metrics exist only per app
 * client (`Admin` for admin calls, `Invalid` for unknown clients): there is no pool-wide series.
 * Threat-protection metrics use `UserPoolId`, not `UserPool`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/metrics-for-cognito-user-pools.html
 */
const ACTIVITY_SCHEMA = `SCHEMA("${NAMESPACE}", UserPool, UserPoolClient)`;
const FEDERATION_SCHEMA = `SCHEMA("${NAMESPACE}", IdentityProvider, UserPool, UserPoolClient)`;
const RISK_LEVEL_SCHEMA = `SCHEMA("${NAMESPACE}", Operation, RiskLevel, UserPoolId)`;
const OPERATION_SCHEMA = `SCHEMA("${NAMESPACE}", Operation, UserPoolId)`;

/** Threat-protection metrics that carry a `RiskLevel` dimension. */
export enum RiskLevelMetric {
  COMPROMISED_CREDENTIAL = 'CompromisedCredentialRisk',
  ACCOUNT_TAKEOVER = 'AccountTakeoverRisk',
  OVERRIDE_BLOCK = 'OverrideBlock',
}

/** Threat-protection metrics per operation only. */
export enum OperationRiskMetric {
  RISK = 'Risk',
  NO_RISK = 'NoRisk',
}

/**
 * Metrics Insights queries over one user pool's metrics. A single query sums every app client,
 * so an alarm also covers clients added later and admin calls, within one alarm each.
 */
export class CognitoPoolMetrics {
  constructor(private readonly userPoolId: string) {}

  /** Successful requests of an activity, all clients. */
  public successes(activity: AuthActivity): cloudwatch.IMetric {
    return this.query(`SUM(${activity}Successes)`, activity, `${label(activity)} successes`);
  }

  /** Throttled requests of an activity, all clients. */
  public throttles(activity: AuthActivity): cloudwatch.IMetric {
    return this.query(`SUM(${activity}Throttles)`, activity, `${label(activity)} throttles`);
  }

  /** Share of an activity's requests that succeeded (0 to 1): Average of a 0/1 metric. */
  public successRate(activity: AuthActivity): cloudwatch.IMetric {
    return this.query(`AVG(${activity}Successes)`, activity, `${label(activity)} success rate`);
  }

  /** Successful requests of an activity, one series per app client. */
  public successesByClient(activity: AuthActivity): cloudwatch.IMetric {
    return this.query(`SUM(${activity}Successes)`, activity, undefined, 'UserPoolClient');
  }

  /** A threat-protection metric, one series per risk level. */
  public riskByLevel(metric: RiskLevelMetric): cloudwatch.IMetric {
    return expression(`SELECT SUM(${metric}) FROM ${RISK_LEVEL_SCHEMA} WHERE UserPoolId = '${this.userPoolId}' GROUP BY RiskLevel`);
  }

  /** Requests Cognito judged risky or not, one series per operation. */
  public riskByOperation(metric: OperationRiskMetric): cloudwatch.IMetric {
    return expression(`SELECT SUM(${metric}) FROM ${OPERATION_SCHEMA} WHERE UserPoolId = '${this.userPoolId}' GROUP BY Operation`);
  }

  private query(select: string, activity: AuthActivity, seriesLabel?: string, groupBy?: string): cloudwatch.IMetric {
    const schema = activity === AuthActivity.FEDERATION ? FEDERATION_SCHEMA : ACTIVITY_SCHEMA;
    const grouping = groupBy ? ` GROUP BY ${groupBy}` : '';
    return expression(`SELECT ${select} FROM ${schema} WHERE UserPool = '${this.userPoolId}'${grouping}`, seriesLabel);
  }
}

function expression(query: string, seriesLabel?: string): cloudwatch.IMetric {
  return new cloudwatch.MathExpression({ expression: query, label: seriesLabel, period: METRIC_PERIOD });
}

/** `TokenRefresh` → `Token refresh`. */
export function label(activity: AuthActivity): string {
  const words = activity.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
