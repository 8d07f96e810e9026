import { isRecord } from './config';
import { MalformedEventError } from './errors';

/** One earlier step of a custom authentication session. */
export interface ChallengeStep {
  readonly challengeName: string;
  readonly challengeResult: boolean;
  readonly challengeMetadata?: unknown;
}

/** Reads request.session, checking every step's shape. */
export function readSession(request: Record<string, unknown>): ChallengeStep[] {
  const session = request.session ?? [];
  if (!Array.isArray(session)) {
    throw new MalformedEventError('request.session', 'must be a list');
  }
  // Array.from, not session.map: map would build its result through the event's own `constructor`.
  return Array.from(session, (step: unknown, index) => {
    if (!isRecord(step) || typeof step.challengeName !== 'string' || typeof step.challengeResult !== 'boolean') {
      throw new MalformedEventError(`request.session[${index}]`, 'must have a string challengeName and boolean challengeResult');
    }
    return step as unknown as ChallengeStep;
  });
}
