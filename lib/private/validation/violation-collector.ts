import { Annotations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { describeValue } from './describe-value';
import { RuleSeverity, SynthRule } from './rule';

/** Thrown at synth when one or more rules are broken; `violations` lists every message. */
export class CognitoValidationError extends Error {
  constructor(readonly violations: string[]) {
    super(violations.length === 1 ? violations[0] : `${violations.length} Cognito rules broken:\n  ${violations.join('\n  ')}`);
    this.name = 'CognitoValidationError';
  }
}

interface Notice {
  readonly id: string;
  readonly severity: RuleSeverity;
  readonly message: string;
}

/**
 * Gathers the violations of every rule a construct runs — its own, its pool's, each client's and
 * group's — so the user gets one error listing all of them. Messages read
 * `[RULE-ID] construct/path: prefix.prop is value — statement`.
 */
export class ViolationCollector {
  private readonly errors: string[] = [];
  private readonly notices: Notice[] = [];

  /** Checks a subject; `prefix` is the subject's place in the props, such as `appClients[1].`. */
  public check<Subject>(path: string, rules: ReadonlyArray<SynthRule<Subject>>, subject: Subject, prefix = ''): void {
    for (const rule of rules) {
      for (const violation of this.run(rule, subject)) {
        const message = `[${rule.id}] ${path}: ${prefix}${violation.prop} is ${describeValue(violation.value)} — ${violation.detail ?? rule.statement}`;
        this.report(rule.id, rule.severity, message);
      }
    }
  }

  /** Adds a finished message, for checks that are not table rules. */
  public report(id: string, severity: RuleSeverity, message: string): void {
    if (severity === RuleSeverity.ERROR) {
      if (!this.errors.includes(message)) {
        this.errors.push(message);
      }
    } else {
      this.notices.push({ id, severity, message });
    }
  }

  /** Takes over the errors of another collector (its warnings belong to the construct that runs it). */
  public addErrorsOf(other: ViolationCollector): void {
    other.errors.forEach((message) => this.report('', RuleSeverity.ERROR, message));
  }

  public get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  /** The error messages collected so far. */
  public get errorMessages(): string[] {
    return [...this.errors];
  }

  /**
   * Runs a step that reads the input. Malformed input (already reported) may make it throw:
   * then the collected errors are what the user needs to see, not a TypeError from inside.
   */
  public guard<T>(step: () => T): T {
    try {
      return step();
    } catch (error) {
      if (this.hasErrors) {
        this.throwIfErrors();
      }
      throw error;
    }
  }

  /** Throws every error at once; does nothing when there is none. */
  public throwIfErrors(): void {
    if (this.errors.length > 0) {
      throw new CognitoValidationError([...this.errors]);
    }
  }

  /** Records warnings and infos on the construct, with the rule id as their stable id. */
  public annotate(scope: IConstruct): void {
    for (const { id, severity, message } of this.notices.splice(0)) {
      if (severity === RuleSeverity.WARNING) {
        Annotations.of(scope).addWarningV2(`cdk-cognito-enterprise:${id}`, message);
      } else {
        Annotations.of(scope).addInfo(message);
      }
    }
  }

  /** Throws the errors, else annotates the construct with the rest. */
  public finish(scope: IConstruct): void {
    this.throwIfErrors();
    this.annotate(scope);
  }

  private run<Subject>(rule: SynthRule<Subject>, subject: Subject) {
    try {
      return rule.check(subject);
    } catch (error) {
      // A rule reading a value of the wrong shape: the shape error already explains it.
      if (this.hasErrors) {
        return [];
      }
      throw error;
    }
  }
}
