import { ArnFormat, Names, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/** A regional web ACL with AWS's common rule set, logging to an encrypted log group. */
export function createRegionalWebAcl(scope: Construct, id: string, key: kms.IKey): wafv2.CfnWebACL {
  const metricName = Names.uniqueResourceName(scope, { maxLength: 100, separator: '-' }) + `-${id}`;
  const webAcl = new wafv2.CfnWebACL(scope, id, {
    scope: 'REGIONAL',
    defaultAction: { allow: {} },
    visibilityConfig: { cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true },
    rules: [{
      name: 'aws-common',
      priority: 0,
      overrideAction: { none: {} },
      statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet' } },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: `${metricName}-common`, sampledRequestsEnabled: true },
    }],
  });
  // WAF delivers only to log groups whose name starts with aws-waf-logs-, named by ARN without `:*`.
  const wafLogs = new logs.LogGroup(scope, `${id}Logs`, {
    logGroupName: `aws-waf-logs-${Names.uniqueResourceName(webAcl, { maxLength: 100 })}`,
    encryptionKey: key,
    retention: logs.RetentionDays.ONE_YEAR,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const logGroupArn = Stack.of(scope).formatArn({ service: 'logs', resource: 'log-group', resourceName: wafLogs.logGroupName, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
  new wafv2.CfnLoggingConfiguration(scope, `${id}Logging`, { resourceArn: webAcl.attrArn, logDestinationConfigs: [logGroupArn] });
  return webAcl;
}
