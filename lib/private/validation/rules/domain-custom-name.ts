import { knownString } from '../resolved';
import { RuleSeverity, SynthRule } from '../rule';
import { DomainSubject } from '../subjects';

const MAX_LENGTH = 63;
// Two or more lowercase labels of letters, digits and inner hyphens, each at most 63 characters.
const FQDN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export const DOMAIN_CUSTOM_NAME_RULE: SynthRule<DomainSubject> = {
  id: 'CE-DOMAIN-CUSTOM-NAME',
  appliesTo: 'domain',
  statement: `a custom domain is a fully qualified name of at most ${MAX_LENGTH} characters in all: two or more lowercase labels of letters, digits and inner hyphens, without a trailing dot`,
  source: 'CloudFormation AWS::Cognito::UserPoolDomain Domain (length 1–63; pattern when CustomDomainConfig is given)',
  severity: RuleSeverity.ERROR,
  check: ({ options }) => {
    const name = options.customDomainName;
    if (!knownString(name)) {
      return [];
    }
    if (name.length > MAX_LENGTH) {
      return [{ prop: 'domain.customDomainName', value: name, detail: `must be at most ${MAX_LENGTH} characters in all (received ${name.length})` }];
    }
    return FQDN.test(name) ? [] : [{ prop: 'domain.customDomainName', value: name }];
  },
};
