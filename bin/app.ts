import { App, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
const app = new App();
const s = new Stack(app, 'Probe');
new cognito.UserPool(s, 'Pool');
app.synth();
