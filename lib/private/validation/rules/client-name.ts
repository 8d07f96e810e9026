import { knownString } from '../resolved';
import { RuleSeverity, SynthRule } from '../rule';
import { ClientSubject } from '../subjects';

const CLIENT_NAME = /^[\w\s+=,.@-]{1,128}$/u;

export const CLIENT_NAME_RULE: SynthRule<ClientSubject> = {
  id: 'CE-CLIENT-NAME',
  appliesTo: 'app client',
  statement: 'an app client name is 1–128 characters of letters, digits, spaces and + = , . @ - _',
  source: 'CloudFormation AWS::Cognito::UserPoolClient ClientName',
  severity: RuleSeverity.ERROR,
  check: ({ options }) => (knownString(options.name) && !CLIENT_NAME.test(options.name)
    ? [{ prop: 'name', value: options.name }]
    : []),
};
