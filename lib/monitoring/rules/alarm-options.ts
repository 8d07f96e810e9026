import { AuthAlarmOptions } from '../auth-alarm-options';
import { AuthMonitoringProps } from '../auth-monitoring-props';

/** An alarm option prop and what bounds its settings. */
export interface AlarmOptionsEntry {
  readonly prop: string;
  readonly options: AuthAlarmOptions;
  /** Most 5-minute periods the alarm's query can look back over. */
  readonly maxEvaluationPeriods: number;
  /** Largest meaningful threshold. */
  readonly maxThreshold: number;
}

// Metrics Insights alarms evaluate only the latest 3 hours; metric alarms with periods under an hour, one day.
const METRICS_INSIGHTS_MAX_PERIODS = 36;
const METRIC_ALARM_MAX_PERIODS = 288;

/** Every alarm option the user set, with the limits that apply to it. */
export function alarmOptionsEntries(props: AuthMonitoringProps): AlarmOptionsEntry[] {
  const entries: Array<[string, AuthAlarmOptions | undefined, number, number]> = [
    ['throttleAlarm', props.throttleAlarm, METRICS_INSIGHTS_MAX_PERIODS, Infinity],
    ['signInSuccessRateAlarm', props.signInSuccessRateAlarm, METRICS_INSIGHTS_MAX_PERIODS, 1],
    ['triggerErrorAlarm', props.triggerErrorAlarm, METRIC_ALARM_MAX_PERIODS, Infinity],
    ['triggerThrottleAlarm', props.triggerThrottleAlarm, METRIC_ALARM_MAX_PERIODS, Infinity],
    ['triggerDurationAlarm', props.triggerDurationAlarm, METRIC_ALARM_MAX_PERIODS, Infinity],
  ];
  return entries
    .filter((entry): entry is [string, AuthAlarmOptions, number, number] => entry[1] !== undefined && entry[1].enabled !== false)
    .map(([prop, options, maxEvaluationPeriods, maxThreshold]) => ({ prop, options, maxEvaluationPeriods, maxThreshold }));
}
