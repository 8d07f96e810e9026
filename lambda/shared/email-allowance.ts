// Cognito's longest custom-auth session: a link (and the count of links sent) outlives no session.
const WINDOW_MILLIS = 900_000;

/**
 * Counts the sign-in emails each user received within a sliding window: the returned function spends
 * one of the user's `max`, or returns false when none is left. Cognito starts a new session for every sign-in
 * attempt and passes nothing from one session to the next, so the count lives in the function
 * instance: it bounds what one instance sends, and reserved concurrency bounds the instances.
 */
export function emailAllowance(max: number, windowMillis = WINDOW_MILLIS) {
  const sent = new Map<string, number[]>();
  return (user: string, now = Date.now()): boolean => {
    const recent = (sent.get(user) ?? []).filter((at) => at > now - windowMillis);
    // Bounded memory: a flood of distinct users starts the count afresh rather than growing without end.
    if (sent.size >= 10_000) {
      sent.clear();
    }
    const allowed = recent.length < max;
    sent.set(user, allowed ? [...recent, now] : recent);
    return allowed;
  };
}
