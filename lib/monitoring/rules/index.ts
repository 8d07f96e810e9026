import { SynthRule } from '../../private/validation/rule';
import { MonitoringSubject } from '../monitoring-subject';
import { ACTIVITY_LOG_GROUP_RULE } from './activity-log-group';
import { ALARM_PERIODS_RULE } from './alarm-periods';
import { ALARM_THRESHOLD_RULE } from './alarm-threshold';
import { AUTH_EVENTS_PLAN_RULE } from './auth-events-plan';
import { LOG_SOURCES_RULE } from './log-sources';
import { MONITORED_POOL_RULE } from './monitored-pool';
import { TRIGGER_DURATION_RULE } from './trigger-duration';

/** Every AuthMonitoring rule, for the constructor and the docs catalogue (`describeRules(MONITORING_RULES)`). */
export const MONITORING_RULES: ReadonlyArray<SynthRule<MonitoringSubject>> = [
  MONITORED_POOL_RULE,
  AUTH_EVENTS_PLAN_RULE,
  LOG_SOURCES_RULE,
  ALARM_PERIODS_RULE,
  ALARM_THRESHOLD_RULE,
  TRIGGER_DURATION_RULE,
  ACTIVITY_LOG_GROUP_RULE,
];
