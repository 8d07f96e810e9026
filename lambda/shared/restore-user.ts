import { parseBackupUser, parseMembership } from './backup-records';
import type { FailureKind } from './cognito-failure';
import { isRecord } from './config';
import { ACTION_PLANS, ActionPlan, ADD_TO_GROUP_PLAN, MEMBERSHIP_GROUP, RowResult, Settled, UserState } from './user-import-actions';
import { UserImportRow } from './user-import-row';
import { isRestorableAttribute, UNRESTORABLE_STATUSES } from '../../lib/private/user-pool-backup-format';

/** The worker's paced, deadline-bound calls, as a restore uses them. */
export interface RestoreCalls {
  /** Applies one call the way a CSV row is applied; `onResponse` receives Cognito's answer when there was one. */
  settle(row: UserImportRow, plan: ActionPlan, onResponse?: (response: unknown) => void): Promise<Settled>;
  /** The user as Cognito has it now. */
  readUser(username: string): Promise<{ user: UserState } | FailureKind>;
}

/** The report's action names of a restore. */
export const RESTORE_ACTIONS = { user: 'restore', membership: 'add-to-group' } as const;

const subOf = (attributes: Array<{ Name?: string; Value?: string }> | undefined) => attributes?.find((attribute) => attribute.Name === 'sub')?.Value;

/**
 * Restores one backed-up user: AdminCreateUser with every attribute Cognito lets an administrator
 * write (the verified flags included, so addresses stay verified) and, when a name is given, the
 * old `sub` in that custom attribute; then AdminDisableUser when the user was disabled. The user
 * is created in FORCE_CHANGE_PASSWORD and sets a new password at first sign-in. A user that
 * exists is `unchanged` (its attributes are left as they are) but is still disabled when the
 * backup says so, so a run that stopped between the two calls is completed by running it again;
 * a restore never enables a user. The result carries the old and the new `sub`.
 */
export async function restoreUser(line: unknown, calls: RestoreCalls, previousSubAttribute?: string): Promise<Settled> {
  const parsed = parseBackupUser(line);
  const action = RESTORE_ACTIONS.user;
  if (typeof parsed === 'string') {
    const username = isRecord(line) && typeof line.username === 'string' ? line.username : '';
    return { username, action, outcome: 'failed', error: parsed };
  }
  const { username, sub: previousSub } = parsed;
  const report = (outcome: RowResult['outcome'], extra: { sub?: string; error?: string } = {}): RowResult => ({ username, action, outcome, previousSub, ...extra });
  if (UNRESTORABLE_STATUSES.includes(parsed.status)) {
    return report('skipped', { error: `${parsed.status} users are created by Cognito at their next sign-in through their identity provider` });
  }
  const attributes = Object.fromEntries(Object.entries(parsed.attributes ?? {}).filter(([name]) => isRestorableAttribute(name)));
  if (previousSubAttribute) {
    attributes[previousSubAttribute] = previousSub;
  }
  let answer: unknown;
  const created = await calls.settle({ action: 'create', username, attributes }, ACTION_PLANS.create, (response) => answer = response);
  if (typeof created === 'string') {
    return created;
  }
  if (created.outcome !== 'created' && created.outcome !== 'unchanged') {
    return report(created.outcome, { error: created.error });
  }
  // AdminCreateUser answers with the new user; after a lost answer or for an existing user, it is read.
  const answered = isRecord(answer) && isRecord(answer.User) ? answer.User as { Attributes?: Array<{ Name?: string; Value?: string }> } : undefined;
  let sub = subOf(answered?.Attributes);
  let enabled = created.outcome === 'created' && answered !== undefined ? true : undefined;
  if (sub === undefined || enabled === undefined) {
    const read = await calls.readUser(username);
    if (typeof read === 'string' || !read.user) {
      return created.outcome === 'created'
        ? report('unknown', { error: 'created, but the user could not be read back to confirm its sub and enabled flag: run the restore again' })
        : typeof read === 'string' ? read : report('unknown', { error: 'the user existed and then could not be found' });
    }
    sub = subOf(read.user.UserAttributes);
    enabled = read.user.Enabled !== false;
  }
  if (parsed.enabled || !enabled) {
    return report(created.outcome, { sub });
  }
  const disabled = await calls.settle({ action: 'disable', username, attributes: {} }, ACTION_PLANS.disable);
  if (typeof disabled === 'string' || disabled.outcome !== 'updated') {
    // A user that was disabled must never be left enabled unnoticed.
    return report('unknown', { sub, error: 'the user exists but Cognito did not confirm it disabled: run the restore again' });
  }
  return report(created.outcome === 'created' ? 'created' : 'updated', { sub });
}

/** Restores one group membership; adding a member again changes nothing. */
export async function restoreMembership(line: unknown, calls: RestoreCalls): Promise<Settled> {
  const parsed = parseMembership(line);
  const action = RESTORE_ACTIONS.membership;
  if (typeof parsed === 'string') {
    const username = isRecord(line) && typeof line.username === 'string' ? line.username : '';
    return { username, action, outcome: 'failed', error: parsed };
  }
  // The row type is the CSV's; the plan reads only the username and the group.
  const settled = await calls.settle({ action: 'create', username: parsed.username, attributes: { [MEMBERSHIP_GROUP]: parsed.group } }, ADD_TO_GROUP_PLAN);
  return typeof settled === 'string' ? settled : { ...settled, action, group: parsed.group };
}
