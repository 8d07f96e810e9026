import { ALB_CALLBACK_RULE } from './alb-callback';
import { ALB_CLIENT_SECRET_RULE } from './alb-client-secret';
import { ALB_HOSTED_DOMAIN_RULE } from './alb-hosted-domain';
import { SynthRule } from '../../private/validation/rule';
import { AlbActionSubject } from '../alb-action-subject';

/** Every rule of the API integrations, for the methods and the docs catalogue. */
export const API_ACCESS_RULES: ReadonlyArray<SynthRule<AlbActionSubject>> = [
  ALB_HOSTED_DOMAIN_RULE,
  ALB_CALLBACK_RULE,
  ALB_CLIENT_SECRET_RULE,
];
