import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';

/** Cognito publishes its metrics every 5 minutes; finer periods only add empty points. */
export const METRIC_PERIOD = Duration.minutes(5);

/** How long Cognito waits for a Lambda trigger before it fails the request. */
export const COGNITO_TRIGGER_TIMEOUT_MS = 5000;

/** Cognito's plan for a new pool when none is named. */
export const DEFAULT_FEATURE_PLAN = cognito.FeaturePlan.ESSENTIALS;

/** The alarm defaults, each overridable through AuthAlarmOptions. */
export interface AlarmDefaults {
  readonly threshold: number;
  readonly evaluationPeriods: number;
  readonly comparisonOperator: cloudwatch.ComparisonOperator;
}

export const THROTTLE_ALARM: AlarmDefaults = {
  threshold: 0,
  evaluationPeriods: 1,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
};

// Wrong passwords count as failures; half failing for 15 minutes is an outage, not typos.
export const SIGN_IN_SUCCESS_RATE_ALARM: AlarmDefaults = {
  threshold: 0.5,
  evaluationPeriods: 3,
  comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
};

export const TRIGGER_ERROR_ALARM: AlarmDefaults = THROTTLE_ALARM;

export const TRIGGER_THROTTLE_ALARM: AlarmDefaults = THROTTLE_ALARM;

// Below the bundled triggers' 4-second timeout, so the alarm fires before they start failing.
export const TRIGGER_DURATION_ALARM: AlarmDefaults = {
  threshold: 3000,
  evaluationPeriods: 3,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
};

export const ACTIVITY_LOG_RETENTION = logs.RetentionDays.ONE_YEAR;
