import { RuleDescription } from './catalogue';

/** Renders the synth-time rule catalogue as the Markdown page in docs/. */
export function renderRulesTable(rules: RuleDescription[]): string {
  const rows = rules.map((rule) => `| \`${rule.id}\` | ${rule.appliesTo} | ${rule.severity} | ${escape(rule.statement)} | ${escape(rule.source)} |`);
  return [
    '# Synth-time validation rules',
    '',
    'Each rule rejects at `cdk synth` a configuration that CloudFormation or Cognito would reject at',
    'deploy time (errors), or flags a risky but legal one (warnings, as annotations with the rule id).',
    'Messages name the rule id, the construct path, the prop, the value received and the rule. Values',
    'that are tokens are only known at deploy time and are skipped.',
    '',
    '<!-- Generated from the rule catalogues by `npx projen docs:rules`. -->',
    '',
    '| id | applies to | severity | rule | documented in |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|');
}
