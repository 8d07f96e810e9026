import { knownString } from '../resolved';
import { RuleSeverity, SynthRule } from '../rule';
import { DomainSubject } from '../subjects';

const PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const RESERVED_WORDS = ['aws', 'amazon', 'cognito'];

export const DOMAIN_PREFIX_RULE: SynthRule<DomainSubject> = {
  id: 'CE-DOMAIN-PREFIX',
  appliesTo: 'domain',
  statement: 'a Cognito domain prefix is 1–63 lowercase letters, digits and inner hyphens, and may not contain aws, amazon or cognito',
  source: 'CloudFormation AWS::Cognito::UserPoolDomain Domain; aws-cdk#38531',
  severity: RuleSeverity.ERROR,
  check: ({ options }) => {
    const prefix = options.cognitoDomainPrefix;
    if (!knownString(prefix)) {
      return [];
    }
    const reserved = RESERVED_WORDS.find((word) => prefix.includes(word));
    if (reserved) {
      return [{ prop: 'domain.cognitoDomainPrefix', value: prefix, detail: `may not contain the reserved word "${reserved}"` }];
    }
    return PREFIX.test(prefix) ? [] : [{ prop: 'domain.cognitoDomainPrefix', value: prefix }];
  },
};
