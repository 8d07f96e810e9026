import * as cognito from 'aws-cdk-lib/aws-cognito';
import { AuthMonitoringProps } from './auth-monitoring-props';

/** AuthMonitoring's props with the feature plan they resolve to, as its rules see them. */
export interface MonitoringSubject {
  readonly props: AuthMonitoringProps;
  readonly featurePlan: cognito.FeaturePlan;
}
