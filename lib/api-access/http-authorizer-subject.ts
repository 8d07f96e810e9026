/** What the HTTP API rules judge: how many clients make up the authorizer's audience. */
export interface HttpAuthorizerSubject {
  readonly clientCount: number;
}
