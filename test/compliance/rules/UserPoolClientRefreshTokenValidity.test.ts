import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { CognitoEnterpriseChecks } from '../../../lib/compliance';
import { compliantCfnUserPoolClient, newStack, pathsReportedBy } from '../nag-fixtures';

describe('CognitoEnterprise-COG10 UserPoolClientRefreshTokenValidity', () => {
  test.each([
    ['absent (Cognito issues 30 days)', {}],
    ['30 days, unit absent (days)', { refreshTokenValidity: 30 }],
    ['720 hours', { refreshTokenValidity: 720, tokenValidityUnits: { refreshToken: 'hours' } }],
    ['43,200 minutes', { refreshTokenValidity: 43_200, tokenValidityUnits: { refreshToken: 'minutes' } }],
  ])('compliant with the default 30-day limit: %s', (_case, overrides) => {
    const stack = newStack();
    compliantCfnUserPoolClient(stack, 'Client', overrides);
    expect(pathsReportedBy('COG10', stack)).toEqual([]);
  });

  test.each([
    ['31 days, unit absent (days)', { refreshTokenValidity: 31 }],
    ['721 hours', { refreshTokenValidity: 721, tokenValidityUnits: { refreshToken: 'hours' } }],
    ['3,650 days', { refreshTokenValidity: 3650, tokenValidityUnits: { refreshToken: 'days' } }],
  ])('non-compliant with the default 30-day limit: %s', (_case, overrides) => {
    const stack = newStack();
    compliantCfnUserPoolClient(stack, 'Client', overrides);
    expect(pathsReportedBy('COG10', stack)).toEqual(['Stack/Client']);
  });

  test('the limit is a pack prop: an L2 client with 90 days passes at 90, fails at 7', () => {
    const stack = newStack();
    new cognito.UserPool(stack, 'Pool').addClient('Client', { refreshTokenValidity: Duration.days(90) });
    expect(pathsReportedBy('COG10', stack, { maxRefreshTokenValidityDays: 90 })).toEqual([]);
    expect(pathsReportedBy('COG10', stack, { maxRefreshTokenValidityDays: 7 })).toEqual(['Stack/Pool/Client/Resource']);
  });

  test.each([0, 0.01, 3651, Number.NaN])('rejects maxRefreshTokenValidityDays %s', (days) => {
    expect(() => new CognitoEnterpriseChecks(undefined, { maxRefreshTokenValidityDays: days }))
      .toThrow(new RegExp(`maxRefreshTokenValidityDays .* between .* \\(received: ${days}\\)`));
  });
});
