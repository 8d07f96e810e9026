import { App, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { UserImportPipeline, UserPoolBackup, UserPoolBackupProps } from '../../../lib/operations';

/**
 * A stack with a pool and its UserPoolBackup, and a second pool (the one a restore recreates,
 * with `custom:previous_sub`) whose UserImportPipeline restores from the backup's bucket.
 */
export function backupStack(props: Partial<UserPoolBackupProps> | ((stack: Stack) => Partial<UserPoolBackupProps>) = {}) {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
  const userPool = new cognito.UserPool(stack, 'Pool');
  const extra = typeof props === 'function' ? props(stack) : props;
  const backup = new UserPoolBackup(stack, 'Backup', { userPool, ...extra });
  const restoredPool = new cognito.UserPool(stack, 'RestoredPool', {
    customAttributes: { previous_sub: new cognito.StringAttribute({ minLen: 36, maxLen: 36, mutable: false }) },
  });
  const restore = new UserImportPipeline(stack, 'Restore', {
    userPool: restoredPool,
    backupBucket: backup.bucket,
    previousSubAttribute: 'custom:previous_sub',
    maxRowsPerBatch: 10,
    maxConcurrency: 2,
  });
  return { app, stack, userPool, backup, restoredPool, restore };
}
