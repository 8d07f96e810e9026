import { RuleSeverity, SynthRule } from '../rule';
import { DomainSubject } from '../subjects';

export const DOMAIN_CHOICE_RULE: SynthRule<DomainSubject> = {
  id: 'CE-DOMAIN-CHOICE',
  appliesTo: 'domain',
  statement: 'a pool has one domain: give exactly one of cognitoDomainPrefix or customDomainName',
  source: 'CloudFormation AWS::Cognito::UserPoolDomain',
  severity: RuleSeverity.ERROR,
  check: ({ options }) => {
    const given = [options.cognitoDomainPrefix, options.customDomainName].filter((value) => value !== undefined);
    return given.length === 1 ? [] : [{ prop: 'domain', value: { cognitoDomainPrefix: options.cognitoDomainPrefix, customDomainName: options.customDomainName } }];
  },
};
