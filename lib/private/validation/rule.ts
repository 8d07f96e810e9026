import { IConstruct } from 'constructs';

/** How a broken rule is reported: `error` fails synth, `warning` becomes an annotation. */
export enum RuleSeverity {
  ERROR = 'error',
  WARNING = 'warning',
}

/** One input that breaks a rule: the prop as the user wrote it and the value received. */
export interface Violation {
  readonly prop: string;
  readonly value: unknown;
  /** Overrides the rule's own statement when the value needs a more specific explanation. */
  readonly detail?: string;
}

/**
 * A Cognito constraint that CloudFormation or Cognito would otherwise reject at deploy time.
 * One rule per file; the catalogue lists them all and the docs table is generated from it.
 */
export interface SynthRule<Subject> {
  /** Stable id users can search for, for example `CE-CLIENT-TOKEN-VALIDITY`. */
  readonly id: string;
  /** What the rule checks: `user pool`, `app client`, `domain`, `identity provider`, ... */
  readonly appliesTo: string;
  /** The rule in one sentence, as quoted in every error. */
  readonly statement: string;
  /** Where the constraint is documented. */
  readonly source: string;
  readonly severity: RuleSeverity;
  check(subject: Subject): Violation[];
}

/** The construct a subject belongs to, so that messages can name its path. */
export interface RuleTarget {
  readonly scope: IConstruct;
}
