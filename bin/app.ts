#!/usr/bin/env node
import { App } from 'aws-cdk-lib';
import { buildExampleApp } from './example-app';

// CloudFormation's built-in validation (about 2 s per stack) runs in the test suite on this same
// app (test/example-app); set CDK_VALIDATION=true to run it here too.
const app = new App({ builtinCloudFormationValidation: process.env.CDK_VALIDATION === 'true' });
buildExampleApp(app);
app.synth();
