import { ALB_CALLBACK_RULE } from './alb-callback';
import { ALB_CLIENT_SECRET_RULE } from './alb-client-secret';
import { ALB_HOSTED_DOMAIN_RULE } from './alb-hosted-domain';
import { HTTP_API_AUDIENCE_RULE } from './http-api-audience';
import { SynthRule } from '../../private/validation/rule';
import { AlbActionSubject } from '../alb-action-subject';
import { HttpAuthorizerSubject } from '../http-authorizer-subject';

/** The rules of albAuthenticateAction. */
export const ALB_ACTION_RULES: ReadonlyArray<SynthRule<AlbActionSubject>> = [
  ALB_HOSTED_DOMAIN_RULE,
  ALB_CALLBACK_RULE,
  ALB_CLIENT_SECRET_RULE,
];

/** The rules of httpApiAuthorizer. */
export const HTTP_AUTHORIZER_RULES: ReadonlyArray<SynthRule<HttpAuthorizerSubject>> = [HTTP_API_AUDIENCE_RULE];

/** Every rule of the API integrations, for the docs catalogue. */
export const API_ACCESS_RULES: ReadonlyArray<SynthRule<never>> = [
  ...(ALB_ACTION_RULES as ReadonlyArray<SynthRule<never>>),
  ...(HTTP_AUTHORIZER_RULES as ReadonlyArray<SynthRule<never>>),
];
