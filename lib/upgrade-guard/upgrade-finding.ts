/**
 * What a deployment of the new template would do to an existing Cognito resource.
 */
export enum CognitoResourceChange {
  /** A create-only property changed: CloudFormation creates a new resource and deletes the old one. */
  REPLACE = 'REPLACE',
  /** The logical ID is gone from the new template: CloudFormation deletes the resource and its data. */
  DELETE = 'DELETE',
  /**
   * The logical ID is gone, but the DeletionPolicy is Retain: the resource and its data are
   * kept, yet the stack no longer manages it and anything that referenced it now gets a new one.
   */
  ORPHAN = 'ORPHAN',
  /**
   * CloudFormation updates the resource in place, but Cognito refuses the change (for example a
   * custom attribute removed from a user pool's schema): the deployment fails and the stack rolls
   * back. Nothing is lost, but the upgrade cannot be deployed as it is.
   */
  REJECTED_UPDATE = 'REJECTED_UPDATE',
}

/**
 * One Cognito resource that an upgrade would replace, delete or orphan, or that Cognito would
 * refuse to update.
 */
export interface CognitoUpgradeFinding {
  /** Logical ID of the resource in the template before the upgrade. */
  readonly logicalId: string;
  /** CloudFormation type of the resource, e.g. `AWS::Cognito::UserPool`. */
  readonly resourceType: string;
  /** What the deployment would do to the resource. */
  readonly change: CognitoResourceChange;
  /**
   * The create-only properties whose change causes a replacement, or the property paths Cognito
   * refuses to change (e.g. `Schema.employee_id.Mutable`); empty for a deletion or orphan.
   */
  readonly causes: string[];
  /** A sentence a reviewer can act on. */
  readonly message: string;
}

/**
 * The result of comparing two synthesized templates.
 */
export interface CognitoUpgradeReport {
  /** Every Cognito resource the upgrade would replace, delete, orphan or fail to update, ordered by logical ID. */
  readonly findings: CognitoUpgradeFinding[];
}

/**
 * Options of `CognitoUpgradeGuard.assertNoDataLoss`.
 */
export interface AssertNoDataLossOptions {
  /**
   * Logical IDs (from the template before the upgrade) whose findings have been reviewed and
   * accepted, for example a test client that is meant to be replaced.
   *
   * @default - no finding is accepted
   */
  readonly acceptedLogicalIds?: string[];
}
