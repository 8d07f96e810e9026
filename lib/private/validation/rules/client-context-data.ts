import { RuleSeverity, SynthRule } from '../rule';
import { ClientSubject } from '../subjects';

export const CLIENT_CONTEXT_DATA_RULE: SynthRule<ClientSubject> = {
  id: 'CE-CLIENT-CONTEXT-DATA',
  appliesTo: 'app client',
  statement: 'propagating additional user context data needs a client secret',
  source: 'Cognito API CreateUserPoolClient EnablePropagateAdditionalUserContextData',
  severity: RuleSeverity.ERROR,
  check: ({ options }) => (options.enablePropagateAdditionalUserContextData && !options.generateSecret
    ? [{ prop: 'enablePropagateAdditionalUserContextData', value: true, detail: 'needs generateSecret: true' }]
    : []),
};
