import { Acknowledgment, Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * Acknowledges findings on a construct the library builds. aws-cdk-lib records a stack trace with
 * every acknowledgment; one through the library's own internals tells a reader nothing the rule id
 * and reason do not, and capturing it costs more than the rest of a trigger's synthesis. The trace
 * is kept to one frame while these are recorded.
 */
export function acknowledgeFindings(scope: IConstruct, acknowledgments: Acknowledgment[]): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  try {
    Validations.of(scope).acknowledge(...acknowledgments);
  } finally {
    Error.stackTraceLimit = limit;
  }
}
