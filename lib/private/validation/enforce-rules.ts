import { Annotations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { describeValue } from './describe-value';
import { RuleSeverity, SynthRule } from './rule';

/** Thrown at synth when one or more rules are broken; lists every violation at once. */
export class CognitoValidationError extends Error {
  constructor(readonly violations: string[]) {
    super(violations.length === 1 ? violations[0] : `${violations.length} Cognito rules broken:\n  ${violations.join('\n  ')}`);
    this.name = 'CognitoValidationError';
  }
}

/**
 * Checks a subject against rules. Errors are collected and thrown together so a user fixes
 * everything in one pass; warnings become annotations with the rule id as their stable id.
 */
export function enforceRules<Subject>(scope: IConstruct, rules: ReadonlyArray<SynthRule<Subject>>, subject: Subject): void {
  const errors: string[] = [];
  for (const rule of rules) {
    for (const violation of rule.check(subject)) {
      const message = `[${rule.id}] ${scope.node.path}: ${violation.prop} is ${describeValue(violation.value)} — ${violation.detail ?? rule.statement}`;
      if (rule.severity === RuleSeverity.ERROR) {
        errors.push(message);
      } else {
        Annotations.of(scope).addWarningV2(`cdk-cognito-enterprise:${rule.id}`, message);
      }
    }
  }
  if (errors.length > 0) {
    throw new CognitoValidationError(errors);
  }
}
