import { isRecord } from './config';
import { USER_IMPORT_ACTIONS, USER_IMPORT_COLUMNS } from '../../lib/private/operations-environment';

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

/** Validates one CSV row (every cell a string, as the Distributed Map's CSV reader produces). */
export function parseImportRow(raw: unknown, allowedAttributes: ReadonlySet<string>): ParsedRow {
  if (!isRecord(raw)) {
    return { problem: 'the row is not a CSV record', username: '', action: '' };
  }
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

function cell(raw: Record<string, unknown>, column: string): string {
  const value = raw[column];
  return typeof value === 'string' ? value.trim() : '';
}

function isAction(value: string): value is UserImportAction {
  return (USER_IMPORT_ACTIONS as readonly string[]).includes(value);
}
