import { ImportSubject } from './import-subject';
import { RuleSeverity, SynthRule } from '../../private/validation/rule';

/** A log bucket given together with logging turned off is a contradiction, not a choice to guess. */
export const IMPORT_ACCESS_LOGS_RULE: SynthRule<ImportSubject> = {
  id: 'CE-IMPORT-ACCESS-LOGS',
  appliesTo: 'user import pipeline',
  statement: 'accessLogsBucket cannot be given with serverAccessLogs: false, which turns the import bucket\'s server access logs off',
  source: 'AWS::S3::Bucket LoggingConfiguration (Amazon S3 server access logging)',
  severity: RuleSeverity.ERROR,
  check: ({ props }) => (props.serverAccessLogs === false && props.accessLogsBucket !== undefined
    ? [{ prop: 'serverAccessLogs', value: false }]
    : []),
};
