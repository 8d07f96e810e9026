import { IConstruct } from 'constructs';
import { SynthRule } from './rule';
import { ViolationCollector } from './violation-collector';

/**
 * Checks a subject inside a construct validation, which reports problems as strings rather than
 * by throwing: returns the errors, in the same words enforceRules uses, and annotates the rest.
 */
export function ruleProblems<Subject>(scope: IConstruct, rules: ReadonlyArray<SynthRule<Subject>>, subject: Subject): string[] {
  const collector = new ViolationCollector();
  collector.check(scope.node.path, rules, subject);
  collector.annotate(scope);
  return collector.errorMessages;
}
