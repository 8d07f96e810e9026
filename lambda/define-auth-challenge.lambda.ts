import { readSession } from './shared/challenge-session';
import { readInteger } from './shared/config';
import { MalformedEventError } from './shared/errors';
import { readCommonEvent } from './shared/event';
import { buildAtColdStart } from './shared/handler';
import { logOutcome } from './shared/log';
import { MAGIC_LINK_ENV, SETTING_BOUNDS } from '../lib/private/trigger-environment';

/** Creates the define auth challenge handler: one magic-link challenge, a bounded number of answers. */
export function createDefineAuthChallengeHandler(env: Record<string, string | undefined>) {
  const maxAttempts = readInteger(env, MAGIC_LINK_ENV.maxAttempts, SETTING_BOUNDS.magicLinkMaxAttempts);

  return async (event: unknown) => {
    const { triggerSource, request } = readCommonEvent(event, 'DefineAuthChallenge_');
    if (triggerSource !== 'DefineAuthChallenge_Authentication') {
      throw new MalformedEventError('triggerSource', `is not a define auth challenge source (received: "${triggerSource}")`);
    }
    const session = readSession(request);
    const decide = (outcome: string, issueTokens: boolean, failAuthentication: boolean) => {
      logOutcome({ triggerSource, outcome, attempts: session.length });
      return {
        ...(event as object),
        response: { challengeName: 'CUSTOM_CHALLENGE', issueTokens, failAuthentication },
      };
    };

    if (session.some((step) => step.challengeName !== 'CUSTOM_CHALLENGE')) {
      // Only magic-link sign-in runs through this flow; password or SRP steps have no place in it.
      return decide('unexpected-challenge', false, true);
    }
    const last = session[session.length - 1];
    if (last?.challengeResult) {
      return decide('signed-in', true, false);
    }
    if (session.length >= maxAttempts) {
      return decide('too-many-attempts', false, true);
    }
    return decide(session.length === 0 ? 'challenge-issued' : 'challenge-retried', false, false);
  };
}

/** Lambda entry point. */
export const handler = buildAtColdStart(() => createDefineAuthChallengeHandler(process.env));
