import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EnterpriseUserPool, EnterpriseUserPoolProps } from '../../lib';
import { AuthMonitoring, AuthMonitoringProps } from '../../lib/monitoring';
import { testStack } from '../support/test-stack';

/** The pool's logical id, as every Cognito query names it. */
export const POOL_REF = 'UsersUserPool7E610616';

/** A monitored EnterpriseUserPool (PLUS plan by default) in a fresh stack. */
export function monitoredPool(
  monitoring: Omit<AuthMonitoringProps, 'enterpriseUserPool'> = {},
  pool: EnterpriseUserPoolProps = {},
): { stack: Stack; users: EnterpriseUserPool; monitor: AuthMonitoring; template: Template } {
  const stack = testStack();
  const users = new EnterpriseUserPool(stack, 'Users', pool);
  const monitor = new AuthMonitoring(stack, 'Monitoring', { enterpriseUserPool: users, ...monitoring });
  return { stack, users, monitor, template: Template.fromStack(stack) };
}

/** An imported pool monitored without an EnterpriseUserPool. */
export function monitoredImportedPool(monitoring: Omit<AuthMonitoringProps, 'userPool'> = {}): { stack: Stack; template: Template; monitor: AuthMonitoring } {
  const stack = testStack();
  const userPool = cognito.UserPool.fromUserPoolId(stack, 'Imported', 'eu-west-1_Example');
  const monitor = new AuthMonitoring(stack, 'Monitoring', { userPool, ...monitoring });
  return { stack, template: Template.fromStack(stack), monitor };
}

/** The SQL of a Cognito Metrics Insights query on the test pool. */
export function poolQuery(select: string, schema: string, groupBy?: string): string {
  return `SELECT ${select} FROM SCHEMA("AWS/Cognito", ${schema}) WHERE UserPool = '\${${POOL_REF}}'${groupBy ? ` GROUP BY ${groupBy}` : ''}`;
}

/** An alarm's Metrics Insights expression as CloudFormation renders it. */
export function alarmQuery(select: string, schema: string): unknown {
  const [before, after] = poolQuery(select, schema).split(`\${${POOL_REF}}`);
  return { 'Fn::Join': ['', [before, { Ref: POOL_REF }, after]] };
}

interface Widget {
  readonly type: string;
  readonly properties: { readonly title?: string; readonly metrics?: unknown[][]; readonly alarms?: string[]; readonly annotations?: unknown };
}

/** The dashboard's widgets, with references rendered as `${LogicalId}` or `${LogicalId.Attribute}`. */
export function dashboardWidgets(template: Template): Widget[] {
  const dashboards = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
  expect(dashboards).toHaveLength(1);
  const body = dashboards[0].Properties.DashboardBody;
  const text = typeof body === 'string' ? body : (body['Fn::Join'][1] as unknown[]).map(renderPart).join('');
  return JSON.parse(text).widgets;
}

/** The widget with a title, failing when there is none. */
export function widget(template: Template, title: string): Widget {
  const found = dashboardWidgets(template).find((candidate) => candidate.properties.title === title);
  if (!found) {
    throw new Error(`no widget titled "${title}" in ${dashboardWidgets(template).map((w) => w.properties.title).join(', ')}`);
  }
  return found;
}

/** The Metrics Insights expressions a widget plots. */
export function widgetExpressions(template: Template, title: string): string[] {
  return (widget(template, title).properties.metrics ?? []).map((metric) => (metric[0] as { expression: string }).expression);
}

function renderPart(part: unknown): string {
  if (typeof part === 'string') {
    return part;
  }
  const reference = part as { 'Ref'?: string; 'Fn::GetAtt'?: string[] };
  return reference.Ref ? `\${${reference.Ref}}` : `\${${reference['Fn::GetAtt']!.join('.')}}`;
}
