import { Match, Template } from 'aws-cdk-lib/assertions';
import { portalStack } from './portal-fixtures';
import { CUSTOM_MESSAGE_ENV } from '../../lib/private/trigger-environment';
import { awsNagErrors } from '../support/nag';

/**
 * The portal's messages through the bundled custom message trigger. These depend on
 * EnterpriseUserPool wiring its `triggers` prop.
 */
describe('CustomerPortal custom message trigger', () => {
  test('the trigger is attached to the pool when asked for', () => {
    const { stack } = portalStack({ brandName: 'Example Shop', triggers: { customMessage: {} } });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { CustomMessage: Match.anyValue() },
    });
  });

  test('the trigger speaks with the portal brand unless given its own', () => {
    const branded = Template.fromStack(portalStack({ brandName: 'Example Shop', triggers: { customMessage: {} } }).stack);
    branded.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ [CUSTOM_MESSAGE_ENV.brandName]: 'Example Shop' }) },
    });
    const own = Template.fromStack(portalStack({ brandName: 'Example Shop', triggers: { customMessage: { brandName: 'Shop Support' } } }).stack);
    own.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ [CUSTOM_MESSAGE_ENV.brandName]: 'Shop Support' }) },
    });
  });

  test('the four AWS nag packs find no errors with the trigger', () => {
    expect(awsNagErrors(portalStack({ triggers: { customMessage: {} } }).stack)).toEqual([]);
  });
});
