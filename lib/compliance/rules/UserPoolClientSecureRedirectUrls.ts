import { CfnResource } from 'aws-cdk-lib';
import { CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag/lib/nag-rules';
import { CognitoRule, compliantIf } from '../cognito-rule';
import { literal } from '../resolve';

// Loopback redirects never leave the machine (RFC 8252 §7.3), so plain HTTP is acceptable there.
// Cognito accepts plain HTTP only for localhost (not 127.0.0.1 or [::1]).
const LOOPBACK_HTTP = /^http:\/\/localhost(:\d+)?([/?#]|$)/i;

/**
 * Plain HTTP off loopback, or any wildcard. HTTPS and the private-use schemes of native apps
 * (`com.example.app:/callback`, RFC 8252 §7.1) pass.
 */
export function isInsecureRedirectUrl(url: string): boolean {
  if (url.includes('*')) {
    return true;
  }
  return /^http:/i.test(url) && !LOOPBACK_HTTP.test(url);
}

export const UserPoolClientSecureRedirectUrls: CognitoRule = {
  id: 'COG3',
  name: 'UserPoolClientSecureRedirectUrls',
  level: NagMessageLevel.ERROR,
  info: 'The Cognito app client has a callback, logout or default redirect URL that uses plain HTTP (other than localhost) or a wildcard.',
  explanation: 'Authorization codes and tokens are delivered to the redirect URL. Over plain HTTP anyone on the network path can read them; a wildcard lets an attacker choose where they go.',
  fix: 'List every redirect URL exactly, with `https://`. Plain HTTP is accepted only for `http://localhost`.',
  check(node: CfnResource): NagRuleCompliance {
    if (!(node instanceof CfnUserPoolClient)) {
      return NagRuleCompliance.NOT_APPLICABLE;
    }
    const urls = [
      ...asList(literal(node, node.callbackUrLs)),
      ...asList(literal(node, node.logoutUrLs)),
      literal(node, node.defaultRedirectUri),
    ];
    // Unresolved entries are decided at deploy time and cannot be judged here.
    return compliantIf(!urls.some((url) => typeof url === 'string' && isInsecureRedirectUrl(url)));
  },
};

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
