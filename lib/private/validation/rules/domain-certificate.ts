import { Arn, ArnFormat, Token } from 'aws-cdk-lib';
import { knownString } from '../resolved';
import { RuleSeverity, SynthRule } from '../rule';
import { DomainSubject } from '../subjects';

const REQUIRED_REGION = 'us-east-1';

export const DOMAIN_CERTIFICATE_RULE: SynthRule<DomainSubject> = {
  id: 'CE-DOMAIN-CERTIFICATE',
  appliesTo: 'domain',
  statement: `a custom domain needs an ACM certificate in ${REQUIRED_REGION}`,
  source: 'Cognito API CreateUserPoolDomain CustomDomainConfig',
  severity: RuleSeverity.ERROR,
  check: ({ options }) => {
    if (options.customDomainName === undefined) {
      return options.certificate ? [{ prop: 'domain.certificate', value: options.certificate.certificateArn, detail: 'a certificate only applies to a custom domain: give customDomainName too' }] : [];
    }
    if (options.certificate === undefined) {
      return [{ prop: 'domain.certificate', value: undefined, detail: `a custom domain needs an ACM certificate in ${REQUIRED_REGION}` }];
    }
    const arn = options.certificate.certificateArn;
    // A certificate created in the stack carries its stack's region; an imported one names it in its ARN.
    const region = Token.isUnresolved(arn) ? options.certificate.env.region : Arn.split(arn, ArnFormat.SLASH_RESOURCE_NAME).region;
    return knownString(region) && region !== REQUIRED_REGION
      ? [{ prop: 'domain.certificate', value: arn, detail: `the certificate is in ${region}; Cognito custom domains need one in ${REQUIRED_REGION}` }]
      : [];
  },
};
