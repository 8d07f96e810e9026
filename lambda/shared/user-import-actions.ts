import type { AdminGetUserResponse, DeliveryMediumType } from '@aws-sdk/client-cognito-identity-provider';
import type { FailureKind } from './cognito-failure';
import { UserImportAction, UserImportRow } from './user-import-row';
import { USER_IMPORT_OUTCOMES } from '../../lib/private/operations-environment';

/** An outcome of a row. */
export type Outcome = typeof USER_IMPORT_OUTCOMES[number];

/** The pool and user a call is about. */
export interface Target {
  readonly UserPoolId: string;
  readonly Username: string;
}

/** The user as AdminGetUser returns it; undefined when the user does not exist. */
export type UserState = Omit<AdminGetUserResponse, '$metadata'> | undefined;

/** The Admin APIs the actions call; the worker turns each into its SDK command. */
export type AdminWrite = 'AdminCreateUser' | 'AdminDeleteUser' | 'AdminEnableUser' | 'AdminDisableUser' | 'AdminResetUserPassword'
| 'AdminUpdateUserAttributes' | 'AdminAddUserToGroup';

/** What happened to one row (or restored user or membership); the Distributed Map writes one of these per row to the report. */
export interface RowResult {
  readonly username: string;
  readonly action: string;
  readonly outcome: Outcome;
  readonly error?: string;
  /** A restored user's `sub` in the backed-up pool. */
  readonly previousSub?: string;
  /** A restored user's `sub` in this pool. */
  readonly sub?: string;
  /** The group of a restored membership. */
  readonly group?: string;
}

/** A row's result, or why it was left unapplied: the last failure that kept it from Cognito. */
export type Settled = RowResult | FailureKind;

/** One Cognito call: the API and its input. */
export interface Call {
  readonly operation: AdminWrite;
  readonly input: object;
}

/** How one action is applied, and how to tell from the user whether it was. */
export interface ActionPlan {
  readonly call: (target: Target, row: UserImportRow, invite: boolean) => Call;
  readonly outcome: Outcome;
  /** The error that means the pool already has the row's end state. */
  readonly doneWhen?: string;
  /** Read the user first: the outcome (deleted or unchanged) depends on what was there before. */
  readonly readFirst?: boolean;
  /** Sending the call again changes nothing once it was applied: after a lost answer it is simply sent again. */
  readonly repeatable?: boolean;
  /**
   * After a call whose answer was lost: the row's outcome when the user shows it was applied (or
   * needed no change), undefined when it was not applied. A change of this row is dated after
   * `since`: the row's start less the clock difference, or the end of the user's previous row.
   */
  readonly verdict: (user: UserState, row: UserImportRow, since: number) => Outcome | undefined;
}

const attributeList = (row: UserImportRow) => Object.entries(row.attributes).map(([Name, Value]) => ({ Name, Value }));
const after = (date: Date | undefined, since: number) => date !== undefined && date.getTime() > since;
const updated = (applied: boolean): Outcome | undefined => (applied ? 'updated' : undefined);

/** Every action a row can ask for. */
export const ACTION_PLANS: Record<UserImportAction, ActionPlan> = {
  'create': {
    call: (target, row, invite) => ({
      operation: 'AdminCreateUser',
      input: { ...target, UserAttributes: attributeList(row), ...invitation(invite, row.attributes) },
    }),
    outcome: 'created',
    doneWhen: 'UsernameExistsException',
    // A user older than the row was there before it: Cognito would have refused the create.
    verdict: (user, _, since) => (user ? (after(user.UserCreateDate, since) ? 'created' : 'unchanged') : undefined),
  },
  'delete': {
    call: (target) => ({ operation: 'AdminDeleteUser', input: target }),
    outcome: 'deleted',
    doneWhen: 'UserNotFoundException',
    readFirst: true,
    verdict: (user) => (user ? undefined : 'deleted'),
  },
  'enable': { call: (target) => ({ operation: 'AdminEnableUser', input: target }), outcome: 'updated', verdict: (user) => updated(user?.Enabled === true) },
  'disable': { call: (target) => ({ operation: 'AdminDisableUser', input: target }), outcome: 'updated', verdict: (user) => updated(user?.Enabled === false) },
  'reset-password': {
    call: (target) => ({ operation: 'AdminResetUserPassword', input: target }),
    outcome: 'updated',
    // A user already waiting for a reset shows it only by a later modification date.
    verdict: (user, _, since) => updated(user?.UserStatus === 'RESET_REQUIRED' && after(user.UserLastModifiedDate, since)),
  },
  'update-attributes': {
    call: (target, row) => ({ operation: 'AdminUpdateUserAttributes', input: { ...target, UserAttributes: attributeList(row) } }),
    outcome: 'updated',
    verdict: (user, row) => updated(user !== undefined && Object.entries(row.attributes)
      .every(([name, value]) => user.UserAttributes?.some((attribute) => attribute.Name === name && attribute.Value === value))),
  },
};

/** The attribute a membership row carries its group in: the row never writes attributes. */
export const MEMBERSHIP_GROUP = 'group';

/**
 * A restored group membership. Adding a member twice succeeds and changes nothing, and
 * AdminGetUser does not show groups, so a lost answer is answered by sending the call again.
 */
export const ADD_TO_GROUP_PLAN: ActionPlan = {
  call: (target, row) => ({ operation: 'AdminAddUserToGroup', input: { ...target, GroupName: row.attributes[MEMBERSHIP_GROUP] } }),
  outcome: 'updated',
  repeatable: true,
  verdict: () => undefined,
};

/** AdminCreateUser's invitation settings: suppressed, or sent to the email and/or phone the row provides. */
function invitation(send: boolean, attributes: Record<string, string>) {
  if (!send) {
    return { MessageAction: 'SUPPRESS' as const };
  }
  const media: DeliveryMediumType[] = [];
  if (attributes.email) {
    media.push('EMAIL');
  }
  if (attributes.phone_number) {
    media.push('SMS');
  }
  return media.length > 0 ? { DesiredDeliveryMediums: media } : {};
}
