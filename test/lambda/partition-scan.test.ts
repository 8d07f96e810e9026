import { ListUsersCommand, UserType } from '@aws-sdk/client-cognito-identity-provider';
import { PacedCaller } from '../../lambda/shared/paced-caller';
import { PageProcessor, readScanStep, scanPartition, ScanStep } from '../../lambda/shared/partition-scan';
import { runIdOf } from '../../lambda/shared/scan-job';

/** A pool of `size` users in partition "3f", served 60 per page with a token, as Cognito does (cognito-local does not paginate). */
function pagingCognito(size: number, failures: string[] = []) {
  const users: UserType[] = Array.from({ length: size }, (_, i) => ({ Username: `u${i}`, Attributes: [{ Name: 'sub', Value: `3f${i}` }] }));
  const calls: Array<{ Filter?: string; Limit?: number; PaginationToken?: string }> = [];
  return {
    calls,
    send: async (command: ListUsersCommand) => {
      calls.push(command.input);
      const failure = failures.shift();
      if (failure) {
        throw Object.assign(new Error(failure), { name: failure, $fault: 'client', $metadata: { httpStatusCode: 400 } });
      }
      const start = Number(command.input.PaginationToken ?? 0);
      const next = start + command.input.Limit!;
      return { Users: users.slice(start, next), ...(next < size && { PaginationToken: String(next) }) };
    },
  };
}

/** Collects usernames; stops after `budget` users per invocation, as a job whose time ran out would. */
function collector(budget = Infinity): PageProcessor<string[], object> {
  let left = budget;
  return {
    initialState: () => [],
    processPage: async (users, state) => {
      const taken = users.slice(0, Math.max(0, left));
      left -= taken.length;
      return { state: [...state, ...taken.map((user) => user.Username!)], processed: taken.length };
    },
  };
}

const settings = (client: { send: (command: ListUsersCommand) => Promise<unknown> }) => ({
  userPoolId: 'eu-west-1_Test', listUsersCommand: ListUsersCommand, lister: new PacedCaller(client as never, 0, 1_000), pageMarginMs: 0,
});

describe('scanPartition', () => {
  test('reads every page of its partition with the sub prefix filter and Limit 60, then says done', async () => {
    const cognito = pagingCognito(150);
    const step = await scanPartition(settings(cognito), { partition: '3f', state: undefined, context: {} }, collector());
    expect(step).toMatchObject({ partition: '3f', done: true });
    expect(step.state).toHaveLength(150);
    expect(cognito.calls.map((call) => [call.Filter, call.Limit, call.PaginationToken])).toEqual([
      ['sub ^= "3f"', 60, undefined], ['sub ^= "3f"', 60, '60'], ['sub ^= "3f"', 60, '120'],
    ]);
  });

  test('resumes where the processor stopped: the same page again, its first users skipped, nobody twice or missed', async () => {
    const cognito = pagingCognito(150);
    let step: ScanStep<string[], object> = { partition: '3f', done: false, context: {}, state: [] };
    const steps: Array<Partial<ScanStep<string[], object>>> = [];
    do {
      step = await scanPartition(settings(cognito), step, collector(50));
      steps.push({ paginationToken: step.paginationToken, skip: step.skip });
    } while (!step.done);
    // 50 users per invocation: 50 of page 1; its last 10 and 40 of page 2; its last 20 and all 30 of page 3.
    expect(steps).toEqual([
      { paginationToken: undefined, skip: 50 }, { paginationToken: '60', skip: 40 }, { paginationToken: undefined, skip: undefined },
    ]);
    expect(step.state).toEqual(Array.from({ length: 150 }, (_, i) => `u${i}`));
  });

  test('throws for the state machine to retry when Cognito throttles before any page was read', async () => {
    const cognito = pagingCognito(10, ['TooManyRequestsException']);
    await expect(scanPartition(settings(cognito), { partition: '3f', state: undefined, context: {} }, collector())).rejects.toMatchObject({ name: 'TooManyRequestsException' });
  });

  describe('when a page\'s own S3 or DynamoDB calls fail', () => {
    /** Pushes each page's users into its state in place, then fails at the page numbered `failAt` (1-based) with `error`. */
    const failingAt = (failAt: number, error: object): PageProcessor<{ users: string[] }, object> => {
      let page = 0;
      return {
        initialState: () => ({ users: [] }),
        processPage: async (users, state) => {
          state.users.push(...users.map((user) => user.Username!));
          if (++page === failAt) {
            throw Object.assign(new Error('store failed'), error);
          }
          return { state, processed: users.length };
        },
      };
    };
    const throttled = { name: 'ProvisionedThroughputExceededException', $fault: 'client', $metadata: { httpStatusCode: 400 } };

    test('a later page ends the step early: the next step reads it again, from the state before it', async () => {
      const step = await scanPartition(settings(pagingCognito(150)), { partition: '3f', state: undefined, context: {} }, failingAt(2, throttled));
      expect(step).toMatchObject({ done: false, paginationToken: '60' });
      expect(step.state.users).toEqual(Array.from({ length: 60 }, (_, i) => `u${i}`));
    });

    test('the first page fails the step with ScanStoreUnavailable, which the state machine retries', async () => {
      await expect(scanPartition(settings(pagingCognito(150)), { partition: '3f', state: undefined, context: {} }, failingAt(1, { name: 'InternalError', $fault: 'server', $metadata: { httpStatusCode: 500 } })))
        .rejects.toMatchObject({ name: 'ScanStoreUnavailable', message: 'A page failed (InternalError)' });
    });

    test('a client error is thrown as it is, on any page: retrying will not help', async () => {
      const denied = { name: 'AccessDeniedException', $fault: 'client', $metadata: { httpStatusCode: 400 } };
      await expect(scanPartition(settings(pagingCognito(150)), { partition: '3f', state: undefined, context: {} }, failingAt(2, denied))).rejects.toMatchObject({ name: 'AccessDeniedException' });
    });
  });

  test('refuses a partition that is not two lower-case hex digits', () => {
    expect(() => readScanStep({ partition: '3F' })).toThrow(/partition/);
    expect(() => readScanStep({ partition: '3f', skip: 60 })).toThrow(/skip/);
  });

  test('names runs after their start, to the second, safe for S3 keys', () => {
    expect(runIdOf('2026-12-01T03:00:00.123Z')).toBe('2026-12-01T03-00-00Z');
  });
});
