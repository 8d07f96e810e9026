#!/usr/bin/env node
import { App, Stack, StackProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';
import { Construct } from 'constructs';
import { CognitoEnterpriseChecks, EnterpriseUserPool } from '../lib';

/** What differs between the environments of the example app. */
interface AuthEnvironment {
  readonly name: string;
  readonly appOrigin: string;
}

const ENVIRONMENTS: AuthEnvironment[] = [
  { name: 'dev', appOrigin: 'http://localhost:3000' },
  { name: 'staging', appOrigin: 'https://staging.app.example.com' },
  { name: 'prod', appOrigin: 'https://app.example.com' },
];

/** The workforce sign-in of one environment. */
class AuthStack extends Stack {
  constructor(scope: Construct, id: string, environment: AuthEnvironment, props?: StackProps) {
    super(scope, id, props);
    new EnterpriseUserPool(this, 'Workforce', {
      userPoolName: `example-corp-workforce-${environment.name}`,
      domain: { cognitoDomainPrefix: `example-corp-workforce-${environment.name}` },
      groups: [
        { name: 'admins', description: 'Administrators', precedence: 0 },
        { name: 'employees', description: 'Every employee', precedence: 10 },
      ],
      appClients: [
        {
          name: 'web',
          callbackUrls: [`${environment.appOrigin}/auth/callback`],
          logoutUrls: [`${environment.appOrigin}/`],
        },
        { name: 'mobile' },
      ],
      outputs: { ssmParameterPrefix: `/example-corp/${environment.name}/auth` },
      tags: { Environment: environment.name, Purpose: 'workforce-identity', ManagedBy: 'cdk-cognito-enterprise' },
    });
  }
}

const app = new App();
// Every stack is checked at synth against the four AWS rule packs and the library's Cognito pack;
// an error finding fails synth.
Validations.of(app).addPlugins(
  new AwsSolutionsChecks(app),
  new HIPAASecurityChecks(app),
  new NIST80053R5Checks(app),
  new PCIDSS321Checks(app),
  new CognitoEnterpriseChecks(app),
);
for (const environment of ENVIRONMENTS) {
  new AuthStack(app, `ExampleCorpAuth-${environment.name}`, environment, {
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'eu-west-1' },
  });
}
app.synth();
