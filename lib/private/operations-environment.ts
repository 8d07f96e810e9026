/**
 * Names and vocabulary shared by the bulk user-import worker (lambda/) and the construct that
 * configures it (lib/operations/), so the two can never disagree.
 */

/** Environment variables of the user-import worker. */
export const USER_IMPORT_ENV = {
  userPoolId: 'USER_POOL_ID',
  allowedAttributes: 'ALLOWED_ATTRIBUTES',
  sendInvitations: 'SEND_INVITATIONS',
} as const;

/** What a CSV row can ask for, in the `action` column. */
export const USER_IMPORT_ACTIONS = ['create', 'enable', 'disable', 'delete', 'reset-password', 'update-attributes'] as const;

/** Columns every row has besides its attribute columns. */
export const USER_IMPORT_COLUMNS = { action: 'action', username: 'username' } as const;

/** What happened to one row, as written to the report. */
export const USER_IMPORT_OUTCOMES = ['created', 'updated', 'deleted', 'unchanged', 'failed'] as const;

/**
 * Standard attributes an import may set: the OpenID Connect attributes Cognito lets an
 * administrator write (`sub` is Cognito's own; `updated_at` is maintained by Cognito).
 */
export const STANDARD_IMPORT_ATTRIBUTES: readonly string[] = (
  'address birthdate email email_verified family_name gender given_name locale middle_name name nickname '
  + 'phone_number phone_number_verified picture preferred_username profile website zoneinfo'
).split(' ');

/** A custom attribute column: `custom:` and a 1–20 character name without spaces. */
export const CUSTOM_ATTRIBUTE_COLUMN = /^custom:[^\s]{1,20}$/u;

/** True when a column may name an attribute an import writes. */
export function isImportableAttribute(name: string): boolean {
  return STANDARD_IMPORT_ATTRIBUTES.includes(name) || CUSTOM_ATTRIBUTE_COLUMN.test(name);
}
