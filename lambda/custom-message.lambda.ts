import { isRecord, optionalString, readJsonObject } from './shared/config';
import { ConfigurationError, MalformedEventError } from './shared/errors';
import { optionalStringField, readCommonEvent } from './shared/event';
import { buildAtColdStart } from './shared/handler';
import { escapeHtml } from './shared/html';
import { logOutcome } from './shared/log';
import { DEFAULT_TEMPLATES, MessageTemplate } from './shared/message-templates';
import { CUSTOM_MESSAGE_ENV, MESSAGE_PLACEHOLDERS, MESSAGE_SOURCES, missingPlaceholders } from '../lib/private/trigger-environment';

const { brand: BRAND, code: CODE, name: NAME, username: USERNAME } = MESSAGE_PLACEHOLDERS;
const PLACEHOLDER = new RegExp([BRAND, CODE, NAME, USERNAME].map((placeholder) => placeholder.replace(/[{}]/g, '\\$&')).join('|'), 'g');

/** Settings read from the environment. */
export interface CustomMessageConfig {
  readonly brandName: string;
  readonly templates: Record<string, MessageTemplate>;
}

/** Parses and validates the environment. */
export function parseCustomMessageConfig(env: Record<string, string | undefined>): CustomMessageConfig {
  const overrides = readJsonObject(env, CUSTOM_MESSAGE_ENV.templates);
  const templates: Record<string, MessageTemplate> = { ...DEFAULT_TEMPLATES };
  for (const [source, template] of Object.entries(overrides)) {
    if (!Object.hasOwn(MESSAGE_SOURCES, source)) {
      throw new ConfigurationError(CUSTOM_MESSAGE_ENV.templates, `has a template for the unknown source "${source}"`);
    }
    if (!isRecord(template) || typeof template.subject !== 'string' || typeof template.body !== 'string') {
      throw new ConfigurationError(CUSTOM_MESSAGE_ENV.templates, `must give "${source}" a string subject and body`);
    }
    const parsed = { subject: template.subject, body: template.body };
    const missing = missingPlaceholders(source, parsed.body);
    if (missing.length > 0) {
      throw new ConfigurationError(CUSTOM_MESSAGE_ENV.templates, `template "${source}" lacks ${missing.join(' and ')}`);
    }
    templates[source] = parsed;
  }
  return { brandName: optionalString(env, CUSTOM_MESSAGE_ENV.brandName) ?? 'our service', templates };
}

const plain = (value: string) => value;

/** Creates the custom message handler: branded email and SMS text for every `CustomMessage_*` source. */
export function createCustomMessageHandler(env: Record<string, string | undefined>) {
  const config = parseCustomMessageConfig(env);

  return async (event: unknown) => {
    const { triggerSource, request, userAttributes } = readCommonEvent(event, 'CustomMessage_');
    const source = triggerSource.slice('CustomMessage_'.length);
    const template = Object.hasOwn(config.templates, source) ? config.templates[source] : undefined;
    if (!template) {
      throw new MalformedEventError('triggerSource', `is not a custom message source (received: "${triggerSource}")`);
    }
    const codeParameter = optionalStringField(request, 'codeParameter', 'request.codeParameter');
    if (!codeParameter) {
      throw new MalformedEventError('request.codeParameter', 'must be a non-empty string');
    }
    const usernameParameter = optionalStringField(request, 'usernameParameter', 'request.usernameParameter');
    if (MESSAGE_SOURCES[source].needsUsername && !usernameParameter) {
      throw new MalformedEventError('request.usernameParameter', `must be a non-empty string for ${triggerSource}`);
    }
    const name = userAttributes.given_name ?? userAttributes.name ?? 'there';
    // Attribute values are user-controlled: escaped in the HTML body, plain in the text subject.
    // Cognito's own parameters ({####}, {username}) are substituted verbatim: Cognito fills them in afterwards.
    // One pass over the template, so a placeholder inside a value (a given_name of "{code}") stays text.
    const render = (text: string, escape: (value: string) => string) => {
      const values: Record<string, string> = {
        [BRAND]: escape(config.brandName), [NAME]: escape(name), [USERNAME]: usernameParameter ?? '', [CODE]: codeParameter,
      };
      return text.replace(PLACEHOLDER, (placeholder) => values[placeholder]);
    };
    // The invitation wording depends on the message type, not on whether Cognito sent a username.
    const sms = MESSAGE_SOURCES[source].needsUsername
      ? `${config.brandName}: username ${usernameParameter}, temporary password ${codeParameter}`
      : `${config.brandName}: your code is ${codeParameter}`;

    logOutcome({ triggerSource, outcome: 'rendered' });
    return {
      ...(event as object),
      response: { emailSubject: render(template.subject, plain), emailMessage: render(template.body, escapeHtml), smsMessage: sms },
    };
  };
}

/** Lambda entry point. */
export const handler = buildAtColdStart(() => createCustomMessageHandler(process.env));
