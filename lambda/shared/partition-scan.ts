import type { ListUsersCommandInput, ListUsersCommandOutput, UserType } from '@aws-sdk/client-cognito-identity-provider';
import { PacedCaller, RemainingTime } from './paced-caller';
import { isTransientStoreFailure, retriedByStateMachine } from './store-failure';
import { namedError } from './user-import-row';
import { SCAN_ERRORS, SCAN_PAGE_SIZE, SCAN_PARTITIONS } from '../../lib/private/scan-environment';

/**
 * One step of a partition's scan, as the Distributed Map's item processor passes it around: the
 * worker returns it and Step Functions invokes the worker again with it until `done` is true.
 * `paginationToken` and `skip` say where to resume (the page to read again and how many of its
 * users are already processed); `state` is the job's running result for the partition and
 * `context` what the job's prepare step found for the whole run (echoed unchanged).
 */
export interface ScanStep<S, C> {
  readonly partition: string;
  readonly done: boolean;
  readonly paginationToken?: string;
  readonly skip?: number;
  readonly state: S;
  readonly context: C;
}

/** How a job's page processor reports back: its new state, and how many of the users it finished. */
export interface PageOutcome<S> {
  readonly state: S;
  /** Fewer than the page's users when the invocation's time ran out; the rest are offered again next time. */
  readonly processed: number;
}

/** What a page processor may use besides the users. */
export interface PageRun<C> {
  readonly partition: string;
  readonly context: C;
  /** Milliseconds left in the invocation (Infinity when invoked without a Lambda context). */
  remaining(): number;
}

/** The job-specific part of a scan: its empty result and what it does with each page. */
export interface PageProcessor<S, C> {
  initialState(partition: string): S;
  processPage(users: UserType[], state: S, run: PageRun<C>): Promise<PageOutcome<S>>;
}

/** The scan's settings for one pool. */
export interface PartitionScanSettings {
  readonly userPoolId: string;
  /** The SDK's ListUsersCommand (the handler imports the SDK; this module only its types). */
  readonly listUsersCommand: new (input: ListUsersCommandInput) => object;
  /** ListUsers calls of this worker, paced (see PacedCaller). */
  readonly lister: PacedCaller;
  /** A page is read only while this much of the invocation remains (the list call, the page's work, the answer). */
  readonly pageMarginMs: number;
}

/** Reads and checks a scan step sent by the state machine (its first one has only `partition` and `context`). */
export function readScanStep<S, C>(event: Record<string, unknown>): Omit<ScanStep<S | undefined, C>, 'done'> {
  const { partition, paginationToken, skip, state, context } = event;
  if (typeof partition !== 'string' || !SCAN_PARTITIONS.includes(partition)) {
    throw namedError(SCAN_ERRORS.malformedRequest, 'The scan step needs a partition of two lower-case hex digits');
  }
  if ((paginationToken !== undefined && typeof paginationToken !== 'string')
    || (skip !== undefined && !(Number.isInteger(skip) && (skip as number) >= 0 && (skip as number) < SCAN_PAGE_SIZE))) {
    throw namedError(SCAN_ERRORS.malformedRequest, 'The scan step has a malformed paginationToken or skip');
  }
  return { partition, paginationToken, skip: skip as number | undefined, state: state as S | undefined, context: context as C };
}

/**
 * Reads one partition (`sub ^= "<partition>"`) page by page (Limit 60) and hands each page to
 * the job's processor, until the partition ends (`done: true`) or the invocation has less than
 * `pageMarginMs` left (`done: false`, with where to resume). A step that reads no page because
 * Cognito kept throttling or failing throws, so that the state machine retries it after a pause.
 * So does a first page whose S3 or DynamoDB calls still fail after the SDK's retries; a later page
 * that fails is offered again by the next step, from the state before it, keeping the pages done.
 */
export async function scanPartition<S, C>(
  settings: PartitionScanSettings,
  step: Omit<ScanStep<S | undefined, C>, 'done'>,
  processor: PageProcessor<S, C>,
  context?: RemainingTime,
): Promise<ScanStep<S, C>> {
  const { partition } = step;
  let paginationToken = step.paginationToken;
  let skip = step.skip ?? 0;
  let state = step.state ?? processor.initialState(partition);
  let pages = 0;
  const run: PageRun<C> = { partition, context: step.context, remaining: () => PacedCaller.remaining(context) };
  const resumeLater = (): ScanStep<S, C> => ({
    partition, done: false, ...(paginationToken && { paginationToken }), ...(skip && { skip }), state, context: step.context,
  });
  for (;;) {
    const listed = await settings.lister.send<ListUsersCommandOutput>(new settings.listUsersCommand({
      UserPoolId: settings.userPoolId,
      // A UUID's digits are lower-case hex, so the partition names never need escaping.
      Filter: `sub ^= "${partition}"`,
      Limit: SCAN_PAGE_SIZE,
      ...(paginationToken && { PaginationToken: paginationToken }),
    }), context, settings.pageMarginMs);
    if ('gaveUp' in listed) {
      // Nothing has changed yet, so the state machine's retry (with its own backoff) repeats nothing.
      if (pages === 0) {
        throw listed.gaveUp === 'throttled'
          ? namedError(SCAN_ERRORS.throttled, 'Cognito throttled ListUsers')
          : namedError(SCAN_ERRORS.transient, 'Cognito failed or did not answer ListUsers in time');
      }
      return resumeLater();
    }
    pages++;
    const users = (listed.answer.Users ?? []).slice(skip);
    // Processors update their state in place: the copy is what a failed page leaves behind.
    const before = structuredClone(state);
    let outcome: PageOutcome<S>;
    try {
      outcome = await (pages === 1 ? retriedByStateMachine('A page', () => processor.processPage(users, state, run)) : processor.processPage(users, state, run));
    } catch (error) {
      if (pages === 1 || !isTransientStoreFailure(error)) {
        throw error;
      }
      state = before;
      return resumeLater();
    }
    state = outcome.state;
    if (outcome.processed < users.length) {
      skip += outcome.processed;
      return resumeLater();
    }
    skip = 0;
    paginationToken = listed.answer.PaginationToken;
    if (!paginationToken) {
      return { partition, done: true, state, context: step.context };
    }
  }
}
