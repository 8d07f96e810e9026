import { isRecord } from './config';
import { USER_IMPORT_COLUMNS } from '../../lib/private/operations-environment';

/** One worker invocation's rows, as the worker reads them. */
export interface PlannedBatch {
  readonly Items: unknown[];
}

/**
 * Packs a file's rows into batches of at most `maxRowsPerBatch` rows such that all rows of one
 * user are in one batch, in file order: concurrent batches then never touch the same user, and
 * a user's rows are applied in the order the file gives. A user with more rows than a batch holds
 * gets a batch of its own. Usernames are compared trimmed and case-insensitively, as a pool
 * without case sensitivity compares them; rows without a username keep their own batch place.
 */
export function planBatches(rows: readonly unknown[], maxRowsPerBatch: number): PlannedBatch[] {
  const users = new Map<string, unknown[]>();
  rows.forEach((row, index) => {
    const key = userKey(row) ?? `#${index}`;
    const group = users.get(key);
    if (group) {
      group.push(row);
    } else {
      users.set(key, [row]);
    }
  });
  const batches: unknown[][] = [];
  for (const group of users.values()) {
    const last = batches[batches.length - 1];
    if (last && last.length + group.length <= maxRowsPerBatch) {
      last.push(...group);
    } else {
      batches.push([...group]);
    }
  }
  return batches.map((Items) => ({ Items }));
}

function userKey(row: unknown): string | undefined {
  if (!isRecord(row)) {
    return undefined;
  }
  const column = Object.keys(row).find((name) => name.trim() === USER_IMPORT_COLUMNS.username);
  const value = column === undefined ? undefined : row[column];
  return typeof value === 'string' && value.trim() !== '' ? `@${value.trim().toLowerCase()}` : undefined;
}
