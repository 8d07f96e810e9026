import { knownString } from '../resolved';
import { RuleSeverity, SynthRule, Violation } from '../rule';
import { ResourceServerSubject } from '../subjects';

const MAX_SCOPES = 100;
// Printable ASCII without space, double quote or backslash; scope names also exclude the slash.
const IDENTIFIER = /^[\x21\x23-\x5B\x5D-\x7E]{1,256}$/;
const SCOPE_NAME = /^[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]{1,256}$/;
const NAME = /^[\w\s+=,.@-]{1,256}$/;

export const RESOURCE_SERVER_RULE: SynthRule<ResourceServerSubject> = {
  id: 'CE-RESOURCE-SERVER',
  appliesTo: 'resource server',
  statement: `a resource server identifier is 1–256 printable characters without spaces, quotes or backslashes, its name 1–256 letters, digits, spaces and + = , . @ - _; it has at most ${MAX_SCOPES} scopes with names of 1–256 such characters without a slash and descriptions of 1–256 characters`,
  source: 'CloudFormation AWS::Cognito::UserPoolResourceServer Identifier, Name, Scopes (maxItems 100), ResourceServerScopeType ScopeName, ScopeDescription',
  severity: RuleSeverity.ERROR,
  check: ({ identifier, name, scopes }) => {
    const violations: Violation[] = [];
    if (knownString(identifier) && !IDENTIFIER.test(identifier)) {
      violations.push({ prop: 'identifier', value: identifier });
    }
    if (knownString(name) && !NAME.test(name)) {
      violations.push({ prop: 'name', value: name, detail: 'a resource server name is 1–256 letters, digits, spaces and + = , . @ - _; it defaults to the identifier, so a URL identifier needs its own userPoolResourceServerName' });
    }
    if (scopes.length > MAX_SCOPES) {
      violations.push({ prop: 'scopes', value: `${scopes.length} scopes`, detail: `at most ${MAX_SCOPES} scopes are allowed` });
    }
    scopes.forEach(({ scopeName, scopeDescription }, index) => {
      if (knownString(scopeName) && !SCOPE_NAME.test(scopeName)) {
        violations.push({ prop: `scopes[${index}].scopeName`, value: scopeName, detail: 'a scope name is 1–256 printable characters without spaces, quotes, slashes or backslashes' });
      }
      if (knownString(scopeDescription) && (scopeDescription.length < 1 || scopeDescription.length > 256)) {
        violations.push({ prop: `scopes[${index}].scopeDescription`, value: scopeDescription, detail: `must be 1–256 characters (received ${scopeDescription.length})` });
      }
    });
    return violations;
  },
};
