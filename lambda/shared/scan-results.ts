import { isRecord } from './config';
import { ObjectStore } from './object-store';
import { ScanStep } from './partition-scan';
import { namedError } from './user-import-row';
import { SCAN_ERRORS, SCAN_PARTITIONS } from '../../lib/private/scan-environment';

/** Where the Distributed Map's result writer put its manifest (the map's `ResultWriterDetails`). */
export interface ResultWriterDetails {
  readonly Bucket: string;
  readonly Key: string;
}

interface ResultFile {
  readonly Key: string;
}

/**
 * The final state of every partition, read from the files the Distributed Map's result writer
 * wrote (a manifest listing SUCCEEDED_n.json files of child executions, each with its JSON
 * `Output`). Throws unless every partition finished: a figure from part of the pool would be wrong.
 */
export async function readPartitionStates<S>(store: ObjectStore, details: ResultWriterDetails): Promise<Map<string, S>> {
  const manifest = JSON.parse(await store.get(details.Bucket, details.Key)) as { ResultFiles?: Record<string, ResultFile[]> };
  const states = new Map<string, S>();
  for (const file of manifest.ResultFiles?.SUCCEEDED ?? []) {
    const executions = JSON.parse(await store.get(details.Bucket, file.Key)) as Array<{ Output?: string }>;
    for (const execution of executions) {
      const step = JSON.parse(execution.Output ?? 'null') as ScanStep<S, unknown> | null;
      if (isRecord(step) && step.done === true && typeof step.partition === 'string') {
        states.set(step.partition, step.state);
      }
    }
  }
  const missing = SCAN_PARTITIONS.filter((partition) => !states.has(partition));
  if (missing.length > 0) {
    throw namedError(SCAN_ERRORS.malformedRequest, `${missing.length} partitions have no finished result (first: ${missing[0]})`);
  }
  return states;
}
