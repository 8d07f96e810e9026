/**
 * Settings of one kind of alarm that AuthMonitoring creates. Every field is optional: an empty
 * object keeps the defaults, `{ enabled: false }` removes the alarm.
 */
export interface AuthAlarmOptions {
  /**
   * Whether the alarm is created.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * The value the alarm compares its metric against, in the metric's unit (a count for errors
   * and throttles, a fraction between 0 and 1 for a success rate, milliseconds for a duration).
   *
   * @default - per alarm, see AuthMonitoringProps
   */
  readonly threshold?: number;

  /**
   * The number of 5-minute periods the alarm looks at.
   *
   * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarm-evaluation
   * @default - per alarm, see AuthMonitoringProps
   */
  readonly evaluationPeriods?: number;

  /**
   * How many of those periods must breach before the alarm fires.
   *
   * @default - every evaluated period
   */
  readonly datapointsToAlarm?: number;
}
