/** The rendered properties of one resource in a template. */
export interface RenderedProperties {
  readonly [name: string]: any;
}

/** One property change that Cognito refuses to apply to an existing resource. */
export interface RefusedChange {
  /** Path of the property in the template, e.g. `Schema.employee_id.Mutable`. */
  readonly property: string;
  /** The value before and after, as a reviewer reads them. */
  readonly detail: string;
}

/**
 * A setting that CloudFormation updates in place (it is not create-only) but that Cognito
 * cannot change once the resource exists, so the deployment fails and the stack rolls back.
 * One check per file; `REFUSED_UPDATE_CHECKS` lists them all.
 */
export interface RefusedUpdateCheck {
  /** The CloudFormation type the check applies to. */
  readonly resourceType: string;
  /** What Cognito refuses, in one sentence, as quoted in every finding. */
  readonly statement: string;
  /** Where the constraint is documented. */
  readonly source: string;
  check(before: RenderedProperties, after: RenderedProperties): RefusedChange[];
}
