import { Acknowledgment, Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * Acknowledges findings on a construct the library builds. aws-cdk-lib computes a stack trace for
 * every acknowledgment and hands it to `node.addMetadata`, which keeps no trace unless asked to
 * (constructs' `MetadataOptions.stackTrace`), so the trace is dropped unread. Computing it, source
 * maps and all, costs more than the rest of a trigger's synthesis: no frame is captured while
 * these are recorded.
 */
export function acknowledgeFindings(scope: IConstruct, acknowledgments: Acknowledgment[]): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    Validations.of(scope).acknowledge(...acknowledgments);
  } finally {
    Error.stackTraceLimit = limit;
  }
}
