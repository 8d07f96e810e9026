/** What the ALB rules judge: the options as resolved, and the facts about the pool and listener. */
export interface AlbActionSubject {
  readonly domainName?: string;
  readonly hasLoadBalancer: boolean;
  readonly hasHostedDomain: boolean;
  /** Whether a client given by the user has a secret; undefined when none was given or it is imported. */
  readonly clientHasSecret?: boolean;
  /** Whether the load balancer has an HTTPS listener; undefined until the app is synthesized. */
  readonly hasHttpsListener?: boolean;
}
