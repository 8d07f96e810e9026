import type { UserType } from '@aws-sdk/client-cognito-identity-provider';
import { lastActiveAt } from './sign-in-store';

/** Why the policy leaves a user alone, or that it should disable them. */
export type Verdict = 'already-disabled' | 'exempt' | 'recently-created' | 'active' | 'inactive';

/** What the verdict needs to know about the run. */
export interface VerdictRules {
  readonly now: number;
  readonly inactiveDays: number;
  readonly trackingStartedAt: number;
  readonly exempt: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;

/**
 * The verdict on one user. Already-disabled users come first, so a second run changes nobody;
 * members of exempt groups and users created within the window are never disabled; a user never
 * seen signing in counts from the later of their creation and the start of tracking.
 */
export function verdictOn(user: UserType, recorded: number | undefined, rules: VerdictRules): Verdict {
  if (user.Enabled === false) {
    return 'already-disabled';
  }
  if (rules.exempt.has(user.Username ?? '')) {
    return 'exempt';
  }
  const cutoff = rules.now - rules.inactiveDays * DAY_MS;
  const createdAt = user.UserCreateDate ? new Date(user.UserCreateDate).getTime() : rules.now;
  if (createdAt >= cutoff) {
    return 'recently-created';
  }
  return lastActiveAt(recorded, createdAt, rules.trackingStartedAt) >= cutoff ? 'active' : 'inactive';
}
