import { isRecord } from './config';
import { USER_IMPORT_COLUMNS } from '../../lib/private/operations-environment';

/** One worker invocation's rows, as the worker reads them. */
export interface PlannedBatch {
  readonly Items: unknown[];
}

// Step Functions passes at most 256 KiB to a child execution; the rest is left for the envelope.
const MAX_BATCH_BYTES = 250 * 1024;

/**
 * Packs a file's rows into batches of at most `maxRowsPerBatch` rows (and 250 KiB) such that all
 * rows of one user are in one batch, in file order: concurrent batches then never touch the same
 * user, and a user's rows are applied in the order the file gives. A user with more rows than a
 * batch holds gets a batch of its own. Usernames are compared trimmed and case-insensitively, as
 * a pool without case sensitivity compares them; a row without a username is a group of its own.
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
  const batches: { rows: unknown[]; bytes: number }[] = [];
  for (const group of users.values()) {
    const bytes = Buffer.byteLength(JSON.stringify(group));
    const last = batches[batches.length - 1];
    if (last && last.rows.length + group.length <= maxRowsPerBatch && last.bytes + bytes <= MAX_BATCH_BYTES) {
      last.rows.push(...group);
      last.bytes += bytes;
    } else {
      batches.push({ rows: [...group], bytes });
    }
  }
  return batches.map(({ rows: Items }) => ({ Items }));
}

function userKey(row: unknown): string | undefined {
  if (!isRecord(row)) {
    return undefined;
  }
  const column = Object.keys(row).find((name) => name.trim() === USER_IMPORT_COLUMNS.username);
  const value = column === undefined ? undefined : row[column];
  return typeof value === 'string' && value.trim() !== '' ? `@${value.trim().toLowerCase()}` : undefined;
}
