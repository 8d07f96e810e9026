import { isRecord } from './config';
import { parseCsv } from './csv';
import { ImportFileStore } from './import-file-store';
import { planBatches } from './user-import-plan';
import { namedError } from './user-import-row';
import { USER_IMPORT_COLUMNS, USER_IMPORT_ERRORS } from '../../lib/private/operations-environment';

/** What the state machine asks of a plan: the CSV file to read and where to write its batches. */
export interface PlanRequest {
  readonly bucket: string;
  readonly key: string;
  readonly planKey: string;
}

/** The plan written, for the Distributed Map to read. */
export interface PlanResult {
  readonly planKey: string;
  readonly rows: number;
  readonly batches: number;
}

/** The plan request of an event `{ "plan": { bucket, key, planKey } }`, or undefined for rows. */
export function planRequest(event: unknown): PlanRequest | undefined {
  const plan = isRecord(event) ? event.plan : undefined;
  if (!isRecord(plan)) {
    return undefined;
  }
  const { bucket, key, planKey } = plan;
  if (typeof bucket !== 'string' || typeof key !== 'string' || typeof planKey !== 'string') {
    throw namedError(USER_IMPORT_ERRORS.malformedFile, 'The plan request needs a bucket, a key and a planKey');
  }
  return { bucket, key, planKey };
}

/**
 * Reads the CSV file and writes its rows as JSON Lines, one batch per line, each user's rows in
 * one batch and in file order. A header without an action or username column fails the plan,
 * so a file that cannot succeed stops before any row is applied.
 */
export async function planImportFile(store: ImportFileStore, request: PlanRequest, maxRowsPerBatch: number): Promise<PlanResult> {
  const { columns, records } = parseCsv(await store.read(request.bucket, request.key));
  // Spreadsheets may add a byte-order mark and spaces; trim() drops both.
  const missing = Object.values(USER_IMPORT_COLUMNS).filter((column) => !columns.some((name) => name.trim() === column));
  if (missing.length > 0) {
    throw namedError(USER_IMPORT_ERRORS.malformedFile, `The CSV header has no ${missing.join(' or ')} column`);
  }
  const batches = planBatches(records, maxRowsPerBatch);
  await store.write(request.bucket, request.planKey, batches.map((batch) => JSON.stringify(batch)).join('\n'));
  return { planKey: request.planKey, rows: records.length, batches: batches.length };
}
