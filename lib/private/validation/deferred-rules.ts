import { Annotations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { describeValue } from './describe-value';
import { RuleSeverity, SynthRule } from './rule';

/**
 * Checks a subject inside a construct validation, which reports problems as strings rather than
 * by throwing: returns the errors, in the same words enforceRules uses, and annotates warnings.
 */
export function ruleProblems<Subject>(scope: IConstruct, rules: ReadonlyArray<SynthRule<Subject>>, subject: Subject): string[] {
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
  return errors;
}
