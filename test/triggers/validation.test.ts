import { Duration } from 'aws-cdk-lib';
import { triggersStack } from './support/all-triggers-stack';

const magicLink = { baseUrl: 'https://app.example.com/sign-in', senderAddress: 'no-reply@example.com' };

describe('EnterpriseTriggers rejects invalid options at synth', () => {
  test.each([
    ['a malformed domain', { preSignUp: { allowedDomains: ['x y'] } },
      /^Stack\/Triggers: preSignUp\.allowedDomains contains "x y" — must be a DNS domain name$/],
    ['a domain both allowed and blocked', { preSignUp: { allowedDomains: ['a.com'], blockedDomains: ['A.com'] } },
      /preSignUp\.allowedDomains contains "a\.com" — a domain cannot be both blocked and allowed or trusted/],
    ['a domain both trusted and blocked', { preSignUp: { trustedDomains: ['b.com'], blockedDomains: ['b.com'] } },
      /preSignUp\.trustedDomains contains "b\.com"/],
    ['a required attribute that is not an attribute name', { preSignUp: { requiredAttributes: ['given name'] } },
      /preSignUp\.requiredAttributes contains "given name" — must be a user attribute name/],
    ['a tenant group template without its placeholder', { postConfirmation: { tenantGroupTemplate: 'tenant' } },
      /postConfirmation\.tenantGroupTemplate is "tenant" — must contain \{tenantId\}/],
    ['a default group name with spaces', { postConfirmation: { defaultGroup: 'all users' } },
      /postConfirmation\.defaultGroup is "all users"/],
    ['a claim mapping onto a reserved claim', { preTokenGeneration: { claimMapping: { sub: 'custom:id' } } },
      /preTokenGeneration\.claimMapping has the claim "sub" — must not map onto a reserved or built-in claim/],
    ['a claim mapping onto a cognito: claim', { preTokenGeneration: { claimMapping: { 'cognito:groups': 'custom:g' } } },
      /has the claim "cognito:groups"/],
    ['a scope with a space', { preTokenGeneration: { accessTokenScopes: ['api read'] } },
      /preTokenGeneration\.accessTokenScopes contains "api read"/],
    ['a template for an unknown source', { customMessage: { templates: { Welcome: { subject: 's', body: '{code}' } } } },
      /customMessage\.templates has the source "Welcome" — must be one of SignUp/],
    ['a template without the code', { customMessage: { templates: { SignUp: { subject: 's', body: 'hello' } } } },
      /customMessage\.templates\.SignUp\.body is "hello" — must contain \{code\}/],
    ['an invitation without the username', { customMessage: { templates: { AdminCreateUser: { subject: 's', body: '{code}' } } } },
      /customMessage\.templates\.AdminCreateUser\.body is "\{code\}" — must contain \{username\}/],
    ['a plain-http verifier', { userMigration: { verifierUrl: 'http://legacy.example.com' } },
      /userMigration\.verifierUrl is "http:\/\/legacy\.example\.com" — must be an absolute https URL without a fragment/],
    ['a verifier timeout above 4 s', { userMigration: { verifierUrl: 'https://l.example.com', verifierTimeout: Duration.seconds(5) } },
      /userMigration\.verifierTimeout is "5 seconds" — must be between 0\.1 s and 4 s/],
    ['a verifier timeout not shorter than the trigger timeout',
      { userMigration: { verifierUrl: 'https://l.example.com', verifierTimeout: Duration.seconds(2) }, hardening: { timeout: Duration.seconds(2) } },
      /userMigration\.verifierTimeout is "2 seconds" — must be shorter than hardening\.timeout/],
    ['a magic-link base URL over http', { magicLink: { ...magicLink, baseUrl: 'http://app.example.com' } },
      /magicLink\.baseUrl is "http:\/\/app\.example\.com"/],
    ['a magic-link base URL outside the redirect URLs', { magicLink, allowedRedirectUrls: ['https://other.example.com/'] },
      /magicLink\.baseUrl is "https:\/\/app\.example\.com\/sign-in" — must be one of allowedRedirectUrls/],
    ['a sender that is not an email address', { magicLink: { ...magicLink, senderAddress: 'no-reply' } },
      /magicLink\.senderAddress is "no-reply" — must be an email address/],
    ['a link valid for longer than a custom-auth session', { magicLink: { ...magicLink, linkValidity: Duration.minutes(20) } },
      /magicLink\.linkValidity is "20 minutes" — must be between 60 s and 900 s/],
    ['zero attempts', { magicLink: { ...magicLink, maxAttempts: 0 } },
      /magicLink\.maxAttempts is 0 — must be an integer between 1 and 10/],
    ['more sign-in emails per user than the trigger allows', { magicLink: { ...magicLink, maxEmailsPerUser: 51 } },
      /magicLink\.maxEmailsPerUser is 51 — must be an integer between 1 and 50/],
    ['a timeout above Cognito\'s 5 seconds', { preSignUp: {}, hardening: { timeout: Duration.seconds(6) } },
      /^Stack\/Triggers: hardening\.timeout is "6 seconds" — must be between 1 s and 5 s$/],
    ['zero reserved concurrency', { preSignUp: {}, hardening: { reservedConcurrentExecutions: 0 } },
      /hardening\.reservedConcurrentExecutions is 0 — must be an integer between 1 and 100000/],
    ['a memory size below Lambda\'s minimum', { preSignUp: {}, hardening: { memorySize: 64 } },
      /hardening\.memorySize is 64/],
  ])('%s', (_name, options, error) => {
    expect(() => triggersStack(options)).toThrow(error);
  });

  test('templates too large for the Lambda environment', () => {
    const body = `{code}${'x'.repeat(5_000)}`;
    expect(() => triggersStack({ customMessage: { templates: { SignUp: { subject: 's', body } } } }))
      .toThrow(/Stack\/Triggers\/CustomMessage: the trigger's settings take \d+ bytes of environment — Lambda allows at most 4096/);
  });

  test('accepts a magic-link base URL that is one of the redirect URLs', () => {
    expect(() => triggersStack({ magicLink, allowedRedirectUrls: ['https://app.example.com/sign-in'] })).not.toThrow();
  });
});
