import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { portalStack } from './portal-fixtures';
import { awsNagErrors } from '../support/nag';

const WEB_ACL_ARN = 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/shop/11111111-2222-3333-4444-555555555555';

describe('CustomerPortal bot and abuse protection', () => {
  test('a created web ACL rate-limits each IP and is associated with the pool', () => {
    const { stack, portal } = portalStack({ webAcl: {} });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      DefaultAction: { Allow: {} },
      Rules: [Match.objectLike({
        Name: 'RateLimitPerIp',
        Action: { Block: {} },
        Statement: { RateBasedStatement: { AggregateKeyType: 'IP', Limit: 300, EvaluationWindowSec: 300 } },
      })],
    });
    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
      ResourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^PortalPoolUserPool'), 'Arn'] },
      WebACLArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^PortalWebAcl'), 'Arn'] },
    });
    expect(portal.webAcl).toBeDefined();
    expect(portal.webAclAssociation).toBeDefined();
  });

  test('the rate limit and window are configurable', () => {
    const { stack } = portalStack({ webAcl: { rateLimit: 100, evaluationWindow: Duration.minutes(1) } });
    Template.fromStack(stack).hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: [Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ Limit: 100, EvaluationWindowSec: 60 }) } })],
    });
  });

  test('requests are logged to an encrypted, retained log group, without cookies or tokens', () => {
    const { stack } = portalStack({ webAcl: {} });
    const template = Template.fromStack(stack);
    template.hasResource('AWS::Logs::LogGroup', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        LogGroupName: Match.stringLikeRegexp('^aws-waf-logs-'),
        RetentionInDays: 365,
        KmsKeyId: Match.anyValue(),
      }),
    });
    template.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', {
      RedactedFields: [{ SingleHeader: { Name: 'authorization' } }, { SingleHeader: { Name: 'cookie' } }],
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  test('CloudWatch Logs may use the log key only for this account\'s log groups', () => {
    const { stack } = portalStack({ webAcl: {} });
    Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([Match.objectLike({
          Principal: { Service: 'logs.eu-west-1.amazonaws.com' },
          Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:eu-west-1:123456789012:log-group:*']] } } },
        })]),
      },
    });
  });

  test('an existing web ACL is associated, not created', () => {
    const { stack, portal } = portalStack({ webAcl: { webAclArn: WEB_ACL_ARN } });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::WAFv2::WebACL', 0);
    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', { WebACLArn: WEB_ACL_ARN });
    expect(portal.webAcl).toBeUndefined();
  });

  test('the four AWS nag packs find no errors with a created web ACL', () => {
    expect(awsNagErrors(portalStack({ webAcl: {} }).stack)).toEqual([]);
  });
});
