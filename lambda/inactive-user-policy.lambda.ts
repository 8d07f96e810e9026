import {
  AdminDisableUserCommand, CognitoIdentityProviderClient, ListUsersCommand, ListUsersInGroupCommand, ListUsersInGroupCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import { readBoolean, readInteger, readList, requireString } from './shared/config';
import { errorName } from './shared/errors';
import { buildAtColdStart } from './shared/handler';
import { verdictOn, Verdict } from './shared/inactive-user-verdict';
import { logOutcome } from './shared/log';
import { Notifier, snsNotifier } from './shared/notifier';
import { ObjectStore, s3ObjectStore } from './shared/object-store';
import { PacedCaller, RemainingTime, Sender } from './shared/paced-caller';
import { parseScanConfig, readMillis, ScanConfig, storeCallLimits } from './shared/scan-config';
import { RunContext, scanJobWorker } from './shared/scan-job';
import { dynamoSignInStore, SignInStore } from './shared/sign-in-store';
import { namedError } from './shared/user-import-row';
import { INACTIVE_USER_ENV } from '../lib/private/inactive-user-environment';
import { SCAN_ERRORS, SCAN_PAGE_SIZE, SCAN_TIMING } from '../lib/private/scan-environment';

/** Settings read from the environment. */
export interface InactiveUserConfig extends ScanConfig {
  readonly inactiveDays: number;
  readonly exemptGroups: readonly string[];
  readonly enforce: boolean;
  readonly disableIntervalMs: number;
  readonly signInTable: string;
  readonly topicArn: string;
}

/** What the prepare step fixes for the whole run. */
export interface InactiveUserContext extends RunContext {
  readonly now: number;
  readonly trackingStartedAt: number;
  readonly enforce: boolean;
  /** The object listing the usernames of every exempt group's members, read once per warm worker. */
  readonly exemptKey: string;
  readonly exemptUsers: number;
}

/** One partition's running result: counts by verdict and outcome, and how many action files it wrote. */
export interface InactiveUserState {
  readonly counts: Record<string, number>;
  actionFiles: number;
}

/** One line of an action file. */
export interface ActionLine {
  readonly username: string;
  readonly sub?: string;
  readonly lastActiveAt: string;
  readonly action: 'disabled' | 'would-disable' | 'failed';
  readonly error?: string;
}

/** Collaborators a test may replace; the handler uses the AWS SDK clients the runtime supplies. */
export interface InactiveUserDependencies {
  readonly cognito?: Sender;
  readonly store?: ObjectStore;
  readonly signIns?: SignInStore;
  readonly notifier?: Notifier;
}

/** Parses and validates the environment. */
export function parseInactiveUserConfig(env: Record<string, string | undefined>): InactiveUserConfig {
  return {
    ...parseScanConfig(env),
    inactiveDays: readInteger(env, INACTIVE_USER_ENV.inactiveDays, { min: 1, max: 3650, fallback: 90 }),
    exemptGroups: readList(env, INACTIVE_USER_ENV.exemptGroups),
    enforce: readBoolean(env, INACTIVE_USER_ENV.enforce, false),
    disableIntervalMs: readMillis(env, INACTIVE_USER_ENV.disableIntervalMs, 0),
    signInTable: requireString(env, INACTIVE_USER_ENV.signInTable),
    topicArn: requireString(env, INACTIVE_USER_ENV.topicArn),
  };
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * Creates the inactive-user worker. Prepare records when sign-in tracking started (once) and lists
 * the members of the exempt groups (ListUsersInGroup, never a call per user). Each page's users
 * get a verdict; inactive ones are disabled with AdminDisableUser when enforcing, or only
 * reported. Every action goes to a JSON Lines file under the run's folder; aggregate writes the
 * run's summary and publishes its counts (never a username) to the topic. It never deletes a user.
 */
export function createInactiveUserWorker(env: Record<string, string | undefined>, dependencies: InactiveUserDependencies = {}) {
  const config = parseInactiveUserConfig(env);
  const cognito = dependencies.cognito ?? new CognitoIdentityProviderClient(SCAN_TIMING.sdkOptions);
  const storeLimits = storeCallLimits(config);
  const store = dependencies.store ?? s3ObjectStore(storeLimits);
  const signIns = dependencies.signIns ?? dynamoSignInStore(config.signInTable, storeLimits);
  const notifier = dependencies.notifier ?? snsNotifier(config.topicArn, storeLimits);
  const lister = new PacedCaller(cognito, config.listIntervalMs, config.callTimeoutMs);
  const disabler = new PacedCaller(cognito, config.disableIntervalMs, config.callTimeoutMs);
  // A disable starts only with time for itself, a retry and the answer.
  const disableMarginMs = 3 * config.callTimeoutMs;
  const runFolder = (runId: string) => `${config.reportPrefix}${runId}/`;
  let exemptCache: { key: string; users: ReadonlySet<string> } | undefined;

  const exemptUsers = async (context: InactiveUserContext) => {
    if (exemptCache?.key !== context.exemptKey) {
      exemptCache = { key: context.exemptKey, users: new Set(JSON.parse(await store.get(config.reportBucket, context.exemptKey)) as string[]) };
    }
    return exemptCache.users;
  };

  const listGroup = async (group: string, lambdaContext?: RemainingTime) => {
    const members: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await lister.send<ListUsersInGroupCommandOutput>(new ListUsersInGroupCommand({
        UserPoolId: config.userPoolId, GroupName: group, Limit: SCAN_PAGE_SIZE, ...(NextToken && { NextToken }),
      }), lambdaContext, config.callTimeoutMs);
      if ('gaveUp' in page) {
        // Without the full exempt list no one may be judged: the state machine retries the prepare step.
        throw namedError(page.gaveUp === 'throttled' ? SCAN_ERRORS.throttled : SCAN_ERRORS.transient, `ListUsersInGroup did not answer for ${group}`);
      }
      members.push(...(page.answer.Users ?? []).map((user) => user.Username ?? ''));
      NextToken = page.answer.NextToken;
    } while (NextToken);
    return members;
  };

  return scanJobWorker<InactiveUserState, InactiveUserContext>({
    prepare: async (run, lambdaContext) => {
      const now = Date.parse(run.startedAt);
      const trackingStartedAt = await signIns.trackingStart(now);
      const exempt = new Set<string>();
      for (const group of config.exemptGroups) {
        (await listGroup(group, lambdaContext)).forEach((username) => exempt.add(username));
      }
      const exemptKey = `${runFolder(run.runId)}exempt-users.json`;
      await store.put(config.reportBucket, exemptKey, JSON.stringify([...exempt].sort()), 'application/json');
      return { ...run, now, trackingStartedAt, enforce: config.enforce, exemptKey, exemptUsers: exempt.size };
    },
    initialState: () => ({ counts: {}, actionFiles: 0 }),
    processPage: async (users, state, run) => {
      const { context } = run;
      const rules = {
        now: context.now, inactiveDays: config.inactiveDays, trackingStartedAt: context.trackingStartedAt, exempt: await exemptUsers(context),
      };
      const subOf = (index: number) => users[index].Attributes?.find((entry) => entry.Name === 'sub')?.Value;
      const subs = users.map((_, index) => subOf(index)).filter((sub): sub is string => !!sub);
      const recorded = subs.length > 0 ? await signIns.lastSignIns(subs) : new Map<string, number>();
      const lines: ActionLine[] = [];
      const invocation = { getRemainingTimeInMillis: run.remaining };
      let processed = 0;
      for (; processed < users.length; processed++) {
        const user = users[processed];
        const sub = subOf(processed);
        const verdict: Verdict = verdictOn(user, sub ? recorded.get(sub) : undefined, rules);
        if (verdict !== 'inactive') {
          bump(state.counts, verdict);
          continue;
        }
        const created = user.UserCreateDate ? new Date(user.UserCreateDate).getTime() : context.now;
        const line = { username: user.Username ?? '', ...(sub && { sub }), lastActiveAt: new Date(sub && recorded.get(sub) || Math.max(created, context.trackingStartedAt)).toISOString() };
        if (!context.enforce) {
          bump(state.counts, 'would-disable');
          lines.push({ ...line, action: 'would-disable' });
          continue;
        }
        if (run.remaining() < disableMarginMs) {
          break;
        }
        try {
          const disable = new AdminDisableUserCommand({ UserPoolId: config.userPoolId, Username: user.Username });
          const sent = await disabler.send(disable, invocation, disableMarginMs);
          if ('gaveUp' in sent) {
            break;
          }
          bump(state.counts, 'disabled');
          lines.push({ ...line, action: 'disabled' });
        } catch (error) {
          // A user deleted since the page was read needs nothing; anything else is reported and left enabled.
          const name = errorName(error);
          bump(state.counts, name === 'UserNotFoundException' ? 'gone' : 'failed');
          if (name !== 'UserNotFoundException') {
            lines.push({ ...line, action: 'failed', error: name });
          }
        }
      }
      if (lines.length > 0) {
        const key = `${runFolder(context.runId)}actions/${run.partition}-${String(state.actionFiles).padStart(5, '0')}.jsonl`;
        await store.put(config.reportBucket, key, lines.map((line) => JSON.stringify(line)).join('\n') + '\n', 'application/jsonl');
        state.actionFiles++;
      }
      return { state, processed };
    },
    aggregate: async (states, context) => {
      const counts: Record<string, number> = {};
      let actionFiles = 0;
      for (const state of states.values()) {
        Object.entries(state.counts).forEach(([key, count]) => counts[key] = (counts[key] ?? 0) + count);
        actionFiles += state.actionFiles;
      }
      const evaluated = Object.values(counts).reduce((sum, count) => sum + count, 0);
      const summaryKey = `${runFolder(context.runId)}summary.json`;
      const summary = {
        format: 'cdk-cognito-enterprise/inactive-user-policy',
        version: 1,
        userPoolId: config.userPoolId,
        runId: context.runId,
        mode: context.enforce ? 'enforce' : 'report-only',
        inactiveDays: config.inactiveDays,
        exemptGroups: config.exemptGroups,
        exemptUsers: context.exemptUsers,
        trackingStartedAt: new Date(context.trackingStartedAt).toISOString(),
        startedAt: context.startedAt,
        completedAt: new Date().toISOString(),
        evaluated,
        counts,
        actionFiles,
        actionsPrefix: `${runFolder(context.runId)}actions/`,
      };
      await store.put(config.reportBucket, summaryKey, JSON.stringify(summary, undefined, 2), 'application/json');
      const acted = context.enforce ? `${counts.disabled ?? 0} disabled` : `${counts['would-disable'] ?? 0} would be disabled (report-only)`;
      await notifier.publish(`Inactive users of ${config.userPoolId}: ${acted}`, [
        `Inactive-user policy run ${context.runId} on user pool ${config.userPoolId}: ${acted}, ${counts.failed ?? 0} failed,`,
        `of ${evaluated} users (no sign-in for ${config.inactiveDays} days).`,
        `Summary: s3://${config.reportBucket}/${summaryKey}`,
        `Each user's action: s3://${config.reportBucket}/${summary.actionsPrefix}`,
      ].join('\n'));
      logOutcome({ outcome: 'inactive-user-policy-reported', evaluated, ...counts });
      return { summaryKey, evaluated, ...counts };
    },
  }, { userPoolId: config.userPoolId, listUsersCommand: ListUsersCommand, lister, pageMarginMs: SCAN_TIMING.pageMarginMs }, store);
}

const run = buildAtColdStart(() => {
  const worker = createInactiveUserWorker(process.env);
  return (call: unknown) => worker(...call as [unknown, RemainingTime]);
});

/** Lambda entry point. */
export const handler = (event: unknown, context: RemainingTime) => run([event, context]);
