import { ArnFormat, Names, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { PORTAL_WEB_ACL_DEFAULTS as D } from './defaults';
import { PortalWebAclOptions } from './portal-web-acl-options';
import { createLogsEncryptionKey } from '../private/logs-encryption-key';

/** Headers that can carry session cookies or tokens; WAF logs must not keep them. */
const REDACTED_HEADERS = ['authorization', 'cookie'];

/**
 * A REGIONAL web ACL that blocks an IP address once it exceeds the rate limit, with its requests
 * logged to an encrypted, retained log group (WAF requires the `aws-waf-logs-` name prefix).
 */
export class PortalWebAcl extends Construct {
  public readonly webAcl: wafv2.CfnWebACL;
  public readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, options: PortalWebAclOptions) {
    super(scope, id);
    const metricName = Names.uniqueResourceName(this, { maxLength: 128, separator: '-' });
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName },
      rules: [{
        name: 'RateLimitPerIp',
        priority: 0,
        action: { block: {} },
        statement: {
          rateBasedStatement: {
            aggregateKeyType: 'IP',
            limit: options.rateLimit ?? D.rateLimit,
            evaluationWindowSec: (options.evaluationWindow ?? D.evaluationWindow).toSeconds(),
          },
        },
        visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: `${metricName}-rate` },
      }],
    });

    const stack = Stack.of(this);
    const key = createLogsEncryptionKey(this, 'LogKey', 'Encrypts the WAF logs of the customer portal', RemovalPolicy.RETAIN);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName: `aws-waf-logs-${Names.uniqueResourceName(this, { maxLength: 450, separator: '-' })}`,
      retention: options.logRetention ?? D.logRetention,
      encryptionKey: key,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new wafv2.CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: this.webAcl.attrArn,
      // WAF wants the log group ARN without the `:*` suffix the L2 adds.
      logDestinationConfigs: [stack.formatArn({
        service: 'logs',
        resource: 'log-group',
        resourceName: this.logGroup.logGroupName,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      })],
      redactedFields: REDACTED_HEADERS.map((name) => ({ singleHeader: { Name: name } })),
    });
  }
}
