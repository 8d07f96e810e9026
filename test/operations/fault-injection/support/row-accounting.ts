import { FakeCognito, FakeUser } from './fake-cognito';

/** A CSV row as the Distributed Map hands it over. */
export type CsvRow = Record<string, string>;

/** One line of the report, as the worker returns it. */
export interface ReportLine {
  readonly username: string;
  readonly action: string;
  readonly outcome: string;
  readonly error?: string;
}

/** The figures of a run. */
export interface Accounting {
  readonly rows: number;
  /** Rows with no report line at all. */
  readonly lost: number;
  /** Rows in a failed child execution, or reported `unknown`. */
  readonly withoutOutcome: number;
  /** Rows whose reported outcome the fake's changes or final state contradict, order included. */
  readonly contradicting: number;
  readonly outcomes: Record<string, number>;
  readonly problems: string[];
}

const OPERATIONS: Record<string, string> = {
  'create': 'AdminCreateUser',
  'delete': 'AdminDeleteUser',
  'enable': 'AdminEnableUser',
  'disable': 'AdminDisableUser',
  'reset-password': 'AdminResetUserPassword',
  'update-attributes': 'AdminUpdateUserAttributes',
};
// Actions whose row must have been applied exactly once when it reports a change.
const ONCE = new Set(['create', 'delete', 'reset-password']);

type Model = Pick<FakeUser, 'attributes' | 'enabled' | 'status'> | undefined;

const attributesOf = (row: CsvRow) => Object.fromEntries(Object.entries(row).filter(([column, value]) => column !== 'action' && column !== 'username' && value !== ''));

/**
 * Checks every row's report line against the fake's ground truth: each user's rows are walked in
 * file order over a model of the user (from its state before the run) and over the changes the
 * fake applied to that user, in the order it applied them. A reported change must match the next
 * applied change of its operation (exactly one for create, delete and reset-password); a row that
 * reports no change must leave none; the model must end where the fake's store ends.
 */
export function accountRows(
  rows: readonly CsvRow[], lines: ReadonlyMap<number, ReportLine | 'failed'>, fake: FakeCognito, before: ReadonlyMap<string, FakeUser>,
): Accounting {
  const problems: string[] = [];
  const outcomes: Record<string, number> = {};
  let lost = 0;
  let withoutOutcome = 0;
  const contradicting = new Set<number>();
  const byUser = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const line = lines.get(index);
    if (line === undefined) {
      lost++;
    } else if (line === 'failed' || line.outcome === 'unknown') {
      withoutOutcome++;
    }
    if (line && line !== 'failed') {
      outcomes[line.outcome] = (outcomes[line.outcome] ?? 0) + 1;
      if (line.username !== row.username.trim() || line.action !== row.action.trim().toLowerCase()) {
        contradicting.add(index);
        problems.push(`row ${index}: report line ${JSON.stringify(line)} is not about this row`);
      }
    }
    byUser.set(row.username, [...byUser.get(row.username) ?? [], index]);
  });
  const changes = new Map<string, string[]>();
  fake.applied.forEach(({ username, operation }) => changes.set(username, [...changes.get(username) ?? [], operation]));

  for (const [username, indexes] of byUser) {
    const applied = changes.get(username) ?? [];
    const initial = before.get(username);
    let model: Model = initial && { attributes: { ...initial.attributes }, enabled: initial.enabled, status: initial.status };
    let next = 0;
    let modelKnown = true;
    const contradict = (index: number, why: string) => {
      contradicting.add(index);
      problems.push(`${username} row ${index}: ${why}`);
    };
    for (const index of indexes) {
      const row = rows[index];
      const line = lines.get(index);
      const action = row.action.trim().toLowerCase();
      const operation = OPERATIONS[action];
      if (!line || line === 'failed' || !operation) {
        continue;
      }
      const take = () => {
        if (applied[next] === operation) {
          next++;
          return true;
        }
        return false;
      };
      switch (line.outcome) {
        case 'created':
        case 'updated':
        case 'deleted':
          if (!ONCE.has(action)) {
            // enable, disable and update-attributes may be sent again after a lost answer, or need no change at all.
            while (take());
          } else if (!take()) {
            contradict(index, `reports ${line.outcome} but the next change the fake applied is ${applied[next] ?? 'none'}`);
          }
          if ((line.outcome === 'created') === (model !== undefined)) {
            contradict(index, `reports ${line.outcome} while the user ${model ? 'existed' : 'did not exist'}`);
          }
          model = afterChange(model, action, row);
          break;
        case 'unchanged':
          if ((action === 'create') !== (model !== undefined)) {
            contradict(index, `reports unchanged for ${action} while the user ${model ? 'existed' : 'did not exist'}`);
          }
          break;
        case 'failed':
          if (line.error?.startsWith('UserNotFoundException') && model !== undefined) {
            contradict(index, 'reports UserNotFoundException while the user existed');
          }
          break;
        case 'unknown':
          if (take()) {
            model = afterChange(model, action, row);
          } else {
            modelKnown = false;
          }
          break;
      }
    }
    if (next !== applied.length) {
      contradict(indexes[indexes.length - 1], `the fake applied ${applied.slice(next).join(', ')} that no row reports`);
    }
    const actual = fake.users.get(username);
    if (modelKnown && !sameUser(model, actual)) {
      contradict(indexes[indexes.length - 1], `the rows say ${JSON.stringify(model)} but the fake holds ${JSON.stringify(actual)}`);
    }
  }
  return { rows: rows.length, lost, withoutOutcome, contradicting: contradicting.size, outcomes, problems };
}

function afterChange(model: Model, action: string, row: CsvRow): Model {
  switch (action) {
    case 'create': return { attributes: attributesOf(row), enabled: true, status: 'FORCE_CHANGE_PASSWORD' };
    case 'delete': return undefined;
    case 'enable': return model && { ...model, enabled: true };
    case 'disable': return model && { ...model, enabled: false };
    case 'reset-password': return model && { ...model, status: 'RESET_REQUIRED' };
    case 'update-attributes': return model && { ...model, attributes: { ...model.attributes, ...attributesOf(row) } };
  }
  return model;
}

function sameUser(model: Model, actual: FakeUser | undefined): boolean {
  if (!model || !actual) {
    return model === actual;
  }
  return model.enabled === actual.enabled && model.status === actual.status
    && JSON.stringify(Object.entries(model.attributes).sort()) === JSON.stringify(Object.entries(actual.attributes).sort());
}
