import { RuleDescription } from './catalogue';

/** Renders rules as a Markdown table, the one shape every rule table in the docs shares. */
export function renderRuleTable(rules: ReadonlyArray<RuleDescription>): string {
  return markdownTable(
    ['id', 'applies to', 'severity', 'rule', 'documented in'],
    rules.map((rule) => [`\`${rule.id}\``, rule.appliesTo, rule.severity, rule.statement, rule.source]),
  );
}

/** Renders the synth-time rule catalogue as the Markdown page in docs/. */
export function renderRulesTable(rules: RuleDescription[]): string {
  return [
    '# Synth-time validation rules',
    '',
    'Each rule rejects at `cdk synth` a configuration that CloudFormation or Cognito would reject at',
    'deploy time (errors), flags a risky but legal one (warnings, as annotations with the rule id), or',
    'explains a default the construct chose for you (info). Messages name the rule id, the construct',
    'path, the prop with its list index (`appClients[1].callbackUrls[0]`), the value received and the',
    'rule; every error of a construct comes in one message. Values that are tokens are only known at',
    'deploy time and are skipped. Every other constraint Cognito and CloudFormation place on these',
    'resources, and why it is not checked here, is listed in [cognito-constraints.md](cognito-constraints.md).',
    '',
    '<!-- Generated from the rule catalogues by `npx projen docs:rules`. -->',
    '',
    renderRuleTable(rules),
    '',
  ].join('\n');
}

/** A Markdown table; pipes inside cells are escaped. */
export function markdownTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}
