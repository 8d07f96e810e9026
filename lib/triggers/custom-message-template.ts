/**
 * A branded email for one custom message source.
 */
export interface CustomMessageTemplate {
  /**
   * Subject line; may use `{brand}` and `{name}`.
   */
  readonly subject: string;

  /**
   * HTML body. Must contain `{code}` (Cognito's code or temporary password) and, for
   * `AdminCreateUser`, `{username}`; may use `{brand}` and `{name}` (HTML-escaped given name).
   */
  readonly body: string;
}
