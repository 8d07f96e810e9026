import { CognitoIdentityProviderClient, ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { optionalString, readInteger, requireString } from './shared/config';
import { embeddedMetricLine, MetricValue, writeToStdout } from './shared/embedded-metrics';
import { buildAtColdStart } from './shared/handler';
import { logOutcome } from './shared/log';
import { ObjectStore, s3ObjectStore } from './shared/object-store';
import { PacedCaller, RemainingTime, Sender } from './shared/paced-caller';
import { parseScanConfig, ScanConfig, storeCallLimits } from './shared/scan-config';
import { RunContext, scanJobWorker } from './shared/scan-job';
import { dynamoSignInStore, SignInStore } from './shared/sign-in-store';
import { addCounts, AnalyticsState, countPage, emptyCounts, Figures, figuresOf, UserCounts } from './shared/user-analytics-figures';
import { SCAN_TIMING } from '../lib/private/scan-environment';
import { OTHER_TENANTS, USER_ANALYTICS_DIMENSION, USER_ANALYTICS_ENV, USER_ANALYTICS_METRICS } from '../lib/private/user-analytics-environment';

/** Settings read from the environment. */
export interface UserAnalyticsConfig extends ScanConfig {
  readonly recentDays: number;
  readonly inactiveDays: number;
  readonly tenantAttribute?: string;
  readonly signInTable?: string;
  readonly metricNamespace: string;
}

/** What the prepare step fixes for the whole run, so every partition counts against the same instant. */
export interface AnalyticsContext extends RunContext {
  readonly now: number;
  readonly trackingStartedAt?: number;
}

/** The report written to `<reportPrefix><runId>/user-analytics.json`. */
export interface AnalyticsReport {
  readonly format: 'cdk-cognito-enterprise/user-analytics';
  readonly version: 1;
  readonly userPoolId: string;
  readonly runId: string;
  readonly startedAt: string;
  readonly completedAt: string;
  readonly recentDays: number;
  readonly inactiveDays?: number;
  readonly trackingStartedAt?: string;
  readonly pool: Figures;
  readonly tenants?: Record<string, Figures>;
  /** False when some partition met more than MAX_TENANTS_PER_PARTITION tenants: the rest are under `(other)`. */
  readonly tenantFiguresComplete?: boolean;
}

/** Collaborators a test may replace; the handler uses the AWS SDK clients the runtime supplies. */
export interface UserAnalyticsDependencies {
  readonly cognito?: Sender;
  readonly store?: ObjectStore;
  readonly signIns?: SignInStore;
  readonly emit?: (line: string) => void;
}

/** Parses and validates the environment. */
export function parseUserAnalyticsConfig(env: Record<string, string | undefined>): UserAnalyticsConfig {
  return {
    ...parseScanConfig(env),
    recentDays: readInteger(env, USER_ANALYTICS_ENV.recentDays, { min: 1, max: 3650, fallback: 30 }),
    inactiveDays: readInteger(env, USER_ANALYTICS_ENV.inactiveDays, { min: 1, max: 3650, fallback: 90 }),
    tenantAttribute: optionalString(env, USER_ANALYTICS_ENV.tenantAttribute),
    signInTable: optionalString(env, USER_ANALYTICS_ENV.signInTable),
    metricNamespace: requireString(env, USER_ANALYTICS_ENV.metricNamespace),
  };
}

/**
 * Creates the user-analytics worker: counts every user of the pool by status, enabled flag,
 * sign-up date, last sign-in (with a sign-in table) and tenant (with a tenant attribute), one
 * partition at a time, then writes a JSON report to S3 and the pool's figures as CloudWatch
 * metrics in embedded metric format. It only reads the pool.
 */
export function createUserAnalyticsWorker(env: Record<string, string | undefined>, dependencies: UserAnalyticsDependencies = {}) {
  const config = parseUserAnalyticsConfig(env);
  const cognito = dependencies.cognito ?? new CognitoIdentityProviderClient(SCAN_TIMING.sdkOptions);
  const storeLimits = storeCallLimits(config);
  const store = dependencies.store ?? s3ObjectStore(storeLimits);
  const signIns = dependencies.signIns ?? (config.signInTable ? dynamoSignInStore(config.signInTable, storeLimits) : undefined);
  const emit = dependencies.emit ?? writeToStdout;
  const lister = new PacedCaller(cognito, config.listIntervalMs, config.callTimeoutMs);

  return scanJobWorker<AnalyticsState, AnalyticsContext>({
    prepare: async (run) => {
      const now = Date.parse(run.startedAt);
      return { ...run, now, ...(signIns && { trackingStartedAt: await signIns.trackingStart(now) }) };
    },
    initialState: () => ({ pool: emptyCounts(), tenants: {} }),
    processPage: async (users, state, run) => {
      const subs = users.map((user) => user.Attributes?.find((entry) => entry.Name === 'sub')?.Value).filter((sub): sub is string => !!sub);
      const recorded = signIns && subs.length > 0 ? await signIns.lastSignIns(subs) : new Map<string, number>();
      countPage(state, users, recorded, { ...config, now: run.context.now, trackingStartedAt: run.context.trackingStartedAt });
      return { state, processed: users.length };
    },
    aggregate: async (states, context) => {
      const pool = emptyCounts();
      const tenants: Record<string, UserCounts> = {};
      for (const state of states.values()) {
        addCounts(pool, state.pool);
        for (const [tenant, counts] of Object.entries(state.tenants)) {
          addCounts(tenants[tenant] ??= emptyCounts(), counts);
        }
      }
      const tracked = context.trackingStartedAt !== undefined;
      const figures = figuresOf(pool, tracked);
      const report: AnalyticsReport = {
        format: 'cdk-cognito-enterprise/user-analytics',
        version: 1,
        userPoolId: config.userPoolId,
        runId: context.runId,
        startedAt: context.startedAt,
        completedAt: new Date().toISOString(),
        recentDays: config.recentDays,
        ...(tracked && { inactiveDays: config.inactiveDays, trackingStartedAt: new Date(context.trackingStartedAt!).toISOString() }),
        pool: figures,
        ...(config.tenantAttribute && {
          tenants: Object.fromEntries(Object.entries(tenants).sort(([a], [b]) => a.localeCompare(b))
            .map(([tenant, counts]) => [tenant, figuresOf(counts, tracked)])),
          tenantFiguresComplete: !(OTHER_TENANTS in tenants),
        }),
      };
      const reportKey = `${config.reportPrefix}${context.runId}/user-analytics.json`;
      await store.put(config.reportBucket, reportKey, JSON.stringify(report, undefined, 2), 'application/json');
      const metrics: Record<string, MetricValue> = {
        [USER_ANALYTICS_METRICS.total]: { value: figures.total, unit: 'Count' },
        [USER_ANALYTICS_METRICS.confirmed]: { value: figures.confirmed, unit: 'Count' },
        [USER_ANALYTICS_METRICS.unconfirmed]: { value: figures.unconfirmed, unit: 'Count' },
        [USER_ANALYTICS_METRICS.enabled]: { value: figures.enabled, unit: 'Count' },
        [USER_ANALYTICS_METRICS.disabled]: { value: figures.disabled, unit: 'Count' },
        [USER_ANALYTICS_METRICS.recentSignUps]: { value: figures.recentSignUps, unit: 'Count' },
        [USER_ANALYTICS_METRICS.confirmationRate]: { value: figures.confirmationRate, unit: 'Percent' },
        ...(tracked && { [USER_ANALYTICS_METRICS.inactive]: { value: pool.inactive, unit: 'Count' as const } }),
        ...(config.tenantAttribute && { [USER_ANALYTICS_METRICS.tenants]: { value: Object.keys(report.tenants ?? {}).length, unit: 'Count' as const } }),
      };
      emit(embeddedMetricLine(config.metricNamespace, { [USER_ANALYTICS_DIMENSION]: config.userPoolId }, metrics, context.now));
      logOutcome({ outcome: 'user-analytics-reported', users: figures.total });
      return { reportKey, ...figures };
    },
  }, { userPoolId: config.userPoolId, listUsersCommand: ListUsersCommand, lister, pageMarginMs: SCAN_TIMING.pageMarginMs }, store);
}

const run = buildAtColdStart(() => {
  const worker = createUserAnalyticsWorker(process.env);
  return (call: unknown) => worker(...call as [unknown, RemainingTime]);
});

/** Lambda entry point. */
export const handler = (event: unknown, context: RemainingTime) => run([event, context]);
