import { IConstruct } from 'constructs';
import { SynthRule } from './rule';
import { ViolationCollector } from './violation-collector';

export { CognitoValidationError, ViolationCollector } from './violation-collector';

/**
 * Checks a subject against rules. Errors are collected and thrown together so a user fixes
 * everything in one pass; warnings become annotations with the rule id as their stable id.
 * `prefix` names the subject's place in the construct's props, such as `appClients[1].`.
 */
export function enforceRules<Subject>(scope: IConstruct, rules: ReadonlyArray<SynthRule<Subject>>, subject: Subject, prefix = ''): void {
  const collector = new ViolationCollector();
  collector.check(scope.node.path, rules, subject, prefix);
  collector.finish(scope);
}
