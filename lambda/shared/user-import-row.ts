import { isRecord } from './config';
import { USER_IMPORT_ACTIONS, USER_IMPORT_COLUMNS, USER_IMPORT_ERRORS } from '../../lib/private/operations-environment';

/** One of the actions a row can ask for. */
export type UserImportAction = typeof USER_IMPORT_ACTIONS[number];

/** A row that passed validation. */
export interface UserImportRow {
  readonly action: UserImportAction;
  readonly username: string;
  /** Attribute columns with a value; empty cells are left out, so a shared CSV header costs nothing. */
  readonly attributes: Record<string, string>;
}

/** The outcome of reading a row: the row, or why it cannot be applied with the username and action as given. */
export type ParsedRow = { readonly row: UserImportRow } | { readonly problem: string; readonly username: string; readonly action: string };

// Cognito's own limits: usernames up to 128 characters, attribute values up to 2048.
const MAX_USERNAME_LENGTH = 128;
const MAX_VALUE_LENGTH = 2048;

/** An error the state machine tells apart by its name alone. */
export function namedError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}

/**
 * Validates one CSV row (every cell a string, as the Distributed Map's CSV reader produces).
 * Throws `ImportFileMalformed` when the header has no `action` or `username` column, since then
 * no row of the file can succeed.
 */
export function parseImportRow(cells: unknown, allowedAttributes: ReadonlySet<string>): ParsedRow {
  if (!isRecord(cells)) {
    return { problem: 'the row is not a CSV record', username: '', action: '' };
  }
  const raw = withCleanHeader(cells);
  const action = cell(raw, USER_IMPORT_COLUMNS.action).toLowerCase();
  const username = cell(raw, USER_IMPORT_COLUMNS.username);
  const problem = (text: string): ParsedRow => ({ problem: text, username, action });
  if (!isAction(action)) {
    return problem(`unknown action ${JSON.stringify(action)}; expected one of ${USER_IMPORT_ACTIONS.join(', ')}`);
  }
  if (username === '') {
    return problem('the username column is missing or empty');
  }
  if (username.length > MAX_USERNAME_LENGTH) {
    return problem(`the username is longer than ${MAX_USERNAME_LENGTH} characters`);
  }
  const attributes: Record<string, string> = {};
  for (const [column, value] of Object.entries(raw)) {
    if (column === USER_IMPORT_COLUMNS.action || column === USER_IMPORT_COLUMNS.username || value === '' || value === undefined || value === null) {
      continue;
    }
    if (typeof value !== 'string') {
      return problem(`column ${JSON.stringify(column)} is not text`);
    }
    if (!allowedAttributes.has(column)) {
      return problem(`column ${JSON.stringify(column)} is not an attribute this import may set`);
    }
    if (value.length > MAX_VALUE_LENGTH) {
      return problem(`column ${JSON.stringify(column)} is longer than ${MAX_VALUE_LENGTH} characters`);
    }
    attributes[column] = value;
  }
  if (action === 'update-attributes' && Object.keys(attributes).length === 0) {
    return problem('update-attributes needs at least one attribute column with a value');
  }
  return { row: { action, username, attributes } };
}

// Spreadsheets may save the header with a byte-order mark and spaces around the column names;
// trim() drops both, since JavaScript counts U+FEFF as white space.
function withCleanHeader(cells: Record<string, unknown>): Record<string, unknown> {
  const raw = Object.fromEntries(Object.entries(cells).map(([column, value]) => [column.trim(), value]));
  const missing = Object.values(USER_IMPORT_COLUMNS).filter((column) => !(column in raw));
  if (missing.length > 0) {
    throw namedError(USER_IMPORT_ERRORS.malformedFile, `The CSV header has no ${missing.join(' or ')} column`);
  }
  return raw;
}

function cell(raw: Record<string, unknown>, column: string): string {
  const value = raw[column];
  return typeof value === 'string' ? value.trim() : '';
}

function isAction(value: string): value is UserImportAction {
  return (USER_IMPORT_ACTIONS as readonly string[]).includes(value);
}
