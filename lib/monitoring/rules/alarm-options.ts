import { AuthAlarmOptions } from '../auth-alarm-options';
import { AuthMonitoringProps } from '../auth-monitoring-props';
import {
  AlarmDefaults, SIGN_IN_SUCCESS_RATE_ALARM, THROTTLE_ALARM, TRIGGER_DURATION_ALARM, TRIGGER_ERROR_ALARM, TRIGGER_THROTTLE_ALARM,
} from '../defaults';

/** An alarm option prop and what bounds its settings. */
export interface AlarmOptionsEntry {
  readonly prop: string;
  readonly options: AuthAlarmOptions;
  /** Most 5-minute periods the alarm's query can look back over. */
  readonly maxEvaluationPeriods: number;
  /** Largest meaningful threshold. */
  readonly maxThreshold: number;
  /** The settings the alarm gets where the options leave them out. */
  readonly defaults: AlarmDefaults;
}

// Metrics Insights alarms evaluate only the latest 3 hours; metric alarms with periods under an hour, one day.
const METRICS_INSIGHTS_MAX_PERIODS = 36;
const METRIC_ALARM_MAX_PERIODS = 288;

/** Every alarm option the user set, with the limits that apply to it. */
export function alarmOptionsEntries(props: AuthMonitoringProps): AlarmOptionsEntry[] {
  const entries: Array<[string, AuthAlarmOptions | undefined, number, number, AlarmDefaults]> = [
    ['throttleAlarm', props.throttleAlarm, METRICS_INSIGHTS_MAX_PERIODS, Infinity, THROTTLE_ALARM],
    ['signInSuccessRateAlarm', props.signInSuccessRateAlarm, METRICS_INSIGHTS_MAX_PERIODS, 1, SIGN_IN_SUCCESS_RATE_ALARM],
    ['triggerErrorAlarm', props.triggerErrorAlarm, METRIC_ALARM_MAX_PERIODS, Infinity, TRIGGER_ERROR_ALARM],
    ['triggerThrottleAlarm', props.triggerThrottleAlarm, METRIC_ALARM_MAX_PERIODS, Infinity, TRIGGER_THROTTLE_ALARM],
    ['triggerDurationAlarm', props.triggerDurationAlarm, METRIC_ALARM_MAX_PERIODS, Infinity, TRIGGER_DURATION_ALARM],
  ];
  return entries
    .filter((entry): entry is [string, AuthAlarmOptions, number, number, AlarmDefaults] => entry[1] !== undefined && entry[1].enabled !== false)
    .map(([prop, options, maxEvaluationPeriods, maxThreshold, defaults]) => ({ prop, options, maxEvaluationPeriods, maxThreshold, defaults }));
}
