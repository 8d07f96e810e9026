import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SaasAuthSystem, SaasAuthSystemProps } from '../../lib/saas-auth-system';
import { testStack } from '../support/test-stack';

/** The redirect URLs every SaaS system under test uses. */
export const REDIRECTS = {
  callbackUrls: ['https://app.example.com/callback'],
  logoutUrls: ['https://app.example.com/'],
};

/** A SaaS system in a fresh stack, with the required redirect URLs unless overridden. */
export function saasSystem(props: Partial<SaasAuthSystemProps> = {}): { stack: Stack; system: SaasAuthSystem; template: () => Template } {
  const stack = testStack();
  const system = new SaasAuthSystem(stack, 'Auth', { ...REDIRECTS, ...props });
  return { stack, system, template: () => Template.fromStack(stack) };
}

/** The single resource of a type in a template, with its logical id. */
export function onlyResource(template: Template, type: string): { id: string; resource: any } {
  const resources = template.findResources(type);
  const ids = Object.keys(resources);
  if (ids.length !== 1) {
    throw new Error(`expected one ${type}, found ${ids.length}`);
  }
  return { id: ids[0], resource: resources[ids[0]] };
}

/** The statements of the system's data access policy, as synthesized. */
export function dataAccessStatements(stack: Stack, system: SaasAuthSystem): any[] {
  const policy = system.dataAccessPolicy!.node.defaultChild as iam.CfnManagedPolicy;
  return Template.fromStack(stack).toJSON().Resources[stack.getLogicalId(policy)].Properties.PolicyDocument.Statement;
}
