import { Duration, Token } from 'aws-cdk-lib';
import { LifecycleSubject } from './lifecycle-subject';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

const RATE = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/;
const UNITS: Record<string, (n: number) => Duration> = {
  minute: Duration.minutes, minutes: Duration.minutes, hour: Duration.hours, hours: Duration.hours, day: Duration.days, days: Duration.days,
};

/** Runs that start more often than daily overlap on a large pool: each reads the whole pool at the paced rate. */
export const LIFECYCLE_SCHEDULE_RULE: SynthRule<LifecycleSubject> = {
  id: 'CE-LIFECYCLE-SCHEDULE',
  appliesTo: 'user analytics, inactive-user policy',
  statement: 'a rate schedule more frequent than once a day lets runs overlap on large pools (10 million users take about 5 hours at the default pace)',
  source: 'EventBridge Scheduler rate expressions; run time measured by test/bench/lifecycle.ts',
  severity: RuleSeverity.WARNING,
  check: ({ props }) => {
    const expression = props.schedule?.expressionString;
    const match = expression && !Token.isUnresolved(expression) ? RATE.exec(expression) : undefined;
    return match && UNITS[match[2]](Number(match[1])).toMinutes() < 24 * 60 ? [{ prop: 'schedule', value: expression }] : [];
  },
};
