import { ANY, BOOLEAN, NUMBER, STRING, libStruct, listOf, mapOf, nested } from '../private/validation/shapes/shape';

/** The known keys of AuthMonitoring props and their nested options. */
export const AUTH_ALARM_OPTIONS_SHAPE = libStruct('AuthAlarmOptions', {
  enabled: BOOLEAN,
  threshold: NUMBER,
  evaluationPeriods: NUMBER,
  datapointsToAlarm: NUMBER,
});

export const ACTIVITY_LOG_OPTIONS_SHAPE = libStruct('ActivityLogOptions', {
  userNotification: BOOLEAN,
  userAuthEvents: BOOLEAN,
  logGroup: ANY,
  retention: ANY,
  removalPolicy: ANY,
});

export const AUTH_MONITORING_SHAPE = libStruct('AuthMonitoringProps', {
  enterpriseUserPool: ANY,
  userPool: ANY,
  featurePlan: ANY,
  triggerFunctions: listOf(ANY),
  alarmTopic: ANY,
  dashboardName: STRING,
  throttleAlarm: nested(AUTH_ALARM_OPTIONS_SHAPE),
  signInSuccessRateAlarm: nested(AUTH_ALARM_OPTIONS_SHAPE),
  triggerErrorAlarm: nested(AUTH_ALARM_OPTIONS_SHAPE),
  triggerThrottleAlarm: nested(AUTH_ALARM_OPTIONS_SHAPE),
  triggerDurationAlarm: nested(AUTH_ALARM_OPTIONS_SHAPE),
  activityLogs: nested(ACTIVITY_LOG_OPTIONS_SHAPE),
  tags: mapOf(STRING),
});
