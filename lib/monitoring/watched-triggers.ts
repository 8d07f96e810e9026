import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AuthActivity } from './auth-activity';
import { EnterpriseTriggers } from '../triggers/enterprise-triggers';

/** A trigger function and the name its widgets and alarms carry. */
export interface WatchedTrigger {
  readonly name: string;
  readonly fn: lambda.IFunction;
}

/** Every bundled trigger that exists, then the user's own functions, each once. */
export function watchedTriggers(triggers: EnterpriseTriggers | undefined, extra: lambda.IFunction[]): WatchedTrigger[] {
  const bundled: Array<[string, lambda.IFunction | undefined]> = [
    ['PreSignUp', triggers?.preSignUpFunction],
    ['PostConfirmation', triggers?.postConfirmationFunction],
    ['PreTokenGeneration', triggers?.preTokenGenerationFunction],
    ['CustomMessage', triggers?.customMessageFunction],
    ['UserMigration', triggers?.userMigrationFunction],
    ['DefineAuthChallenge', triggers?.defineAuthChallengeFunction],
    ['CreateAuthChallenge', triggers?.createAuthChallengeFunction],
    ['VerifyAuthChallenge', triggers?.verifyAuthChallengeFunction],
  ];
  const watched: WatchedTrigger[] = [];
  // Names already taken by the activity alarms, which share the construct scope.
  const names = new Set<string>(Object.values(AuthActivity));
  const add = (name: string, fn: lambda.IFunction): void => {
    if (watched.some((trigger) => trigger.fn === fn)) {
      return;
    }
    // Two imported functions may share a construct id; alarm ids must not.
    let unique = name;
    for (let n = 2; names.has(unique); n++) {
      unique = `${name}${n}`;
    }
    names.add(unique);
    watched.push({ name: unique, fn });
  };
  for (const [name, fn] of bundled) {
    if (fn) {
      add(name, fn);
    }
  }
  for (const fn of extra) {
    add(fn.node.id, fn);
  }
  return watched;
}
