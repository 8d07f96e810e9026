import { IConstruct } from 'constructs';

/**
 * How a broken rule is reported: `error` fails synth, `warning` becomes a warning annotation,
 * `info` an info annotation that explains a default the construct chose.
 */
export enum RuleSeverity {
  ERROR = 'error',
  WARNING = 'warning',
  INFO = 'info',
}

/**
 * One input that breaks a rule: the prop as the user wrote it and the value received.
 *
 * Props are relative to the rule's subject. A rule that checks a list reports the index inside
 * its subject (`callbackUrls[0]`, `identifiers[3]`) and a detail about that entry only; the
 * enforcement layer prefixes the subject's own place in the construct's props (`appClients[1].`,
 * `groups[2].`), so the message reads `appClients[1].callbackUrls[0]`. Subjects that already
 * carry their own path (an identity provider's `samlProviders[0]`) or that stand for one nested
 * setting (the hosted `domain`) are enforced without a prefix.
 */
export interface Violation {
  readonly prop: string;
  readonly value: unknown;
  /** Overrides the rule's own statement when the value needs a more specific explanation. */
  readonly detail?: string;
}

/**
 * A Cognito constraint that CloudFormation or Cognito would otherwise reject at deploy time.
 * One rule per file; the catalogue lists them all and the docs table is generated from it.
 * A rule judges the resolved settings (defaults merged, equivalent spellings folded together),
 * never which prop happened to set a value.
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
