import { backupGroupOf, backupUserOf, jsonLines, manifestOf, membershipFileKey, runFolder, userFileKey } from '../../lambda/shared/backup-export';
import { parseBackupUser, parseManifest, parseMembership } from '../../lambda/shared/backup-records';
import { RestoreCalls, restoreMembership, restoreUser } from '../../lambda/shared/restore-user';
import { ActionPlan, RowResult } from '../../lambda/shared/user-import-actions';
import { UserImportRow } from '../../lambda/shared/user-import-row';
import { BACKUP_FORMAT, isRestorableAttribute } from '../../lib/private/user-pool-backup-format';

const RUN = runFolder('backups/', '2026-12-01T02-00-00Z');
const SUB = '3f2a9c1e-0000-4000-8000-000000000001';

describe('the export writer', () => {
  test('a ListUsers user becomes one line: sub apart, every other attribute kept, dates as ISO text', () => {
    const line = backupUserOf({
      Username: 'ada',
      Attributes: [{ Name: 'sub', Value: SUB }, { Name: 'email', Value: 'ada@example.com' }, { Name: 'custom:tier', Value: 'gold' }, { Name: 'identities', Value: '[]' }],
      UserStatus: 'CONFIRMED',
      Enabled: false,
      UserCreateDate: new Date('2026-01-02T03:04:05.000Z'),
      UserLastModifiedDate: new Date('2026-02-03T04:05:06.000Z'),
    });
    expect(line).toEqual({
      username: 'ada',
      sub: SUB,
      attributes: { 'email': 'ada@example.com', 'custom:tier': 'gold', 'identities': '[]' },
      status: 'CONFIRMED',
      enabled: false,
      createdAt: '2026-01-02T03:04:05.000Z',
      lastModifiedAt: '2026-02-03T04:05:06.000Z',
    });
    expect(jsonLines([line, line]).split('\n')).toHaveLength(3);
  });

  test('groups keep their description, precedence and role; keys are named by partition, part and index', () => {
    expect(backupGroupOf({ GroupName: 'admins', Precedence: 0, RoleArn: 'arn:aws:iam::111111111111:role/Admins' }))
      .toEqual({ name: 'admins', precedence: 0, roleArn: 'arn:aws:iam::111111111111:role/Admins' });
    expect(userFileKey(RUN, '3f', 2)).toBe('backups/2026-12-01T02-00-00Z/users/3f-0002.jsonl');
    expect(membershipFileKey(RUN, '3f', 0)).toBe('backups/2026-12-01T02-00-00Z/memberships/3f-0000.jsonl');
  });

  test('the manifest it writes is the manifest a restore reads', () => {
    const manifest = manifestOf({
      userPoolId: 'eu-west-1_Pool',
      startedAt: 'a',
      completedAt: 'b',
      userCount: 2,
      groupCount: 1,
      userFiles: [userFileKey(RUN, 'ff', 0), userFileKey(RUN, '00', 0)],
      membershipFiles: [membershipFileKey(RUN, '00', 0)],
    });
    expect(manifest.userFiles[0]).toBe(userFileKey(RUN, '00', 0));
    expect(parseManifest(JSON.stringify(manifest), RUN)).toEqual(manifest);
    expect(() => parseManifest(JSON.stringify(manifest), 'backups/other/')).toThrow(/outside its run/);
    expect(() => parseManifest('{', RUN)).toThrow(expect.objectContaining({ name: 'BackupUnsupported' }));
    expect(() => parseManifest(JSON.stringify({ ...manifest, version: 2 }), RUN)).toThrow(/version 2; this restore reads .* version 1/);
    expect(BACKUP_FORMAT.version).toBe(1);
  });

  test('lines that cannot be restored are named, not thrown', () => {
    expect(parseBackupUser({ sub: SUB })).toBe('the line has no username');
    expect(parseBackupUser({ username: 'a', sub: SUB, status: 'CONFIRMED', enabled: 'yes' })).toBe('the line needs sub, status and enabled');
    expect(parseBackupUser({ username: 'a', sub: SUB, status: 'CONFIRMED', enabled: true, attributes: { n: 1 } })).toBe('every attribute value must be text');
    expect(parseMembership({ group: '', username: 'a' })).toBe('the line needs a group and a username');
  });

  test('sub, identities, updated_at and cognito: attributes are never written back', () => {
    expect(['sub', 'identities', 'updated_at', 'cognito:user_status'].filter(isRestorableAttribute)).toEqual([]);
    expect(['email', 'email_verified', 'phone_number_verified', 'custom:tier', 'dev:custom:legacy'].every(isRestorableAttribute)).toBe(true);
  });
});

/** Calls that answer as a pool would: `created` with a sub, or the given outcomes in turn. */
function calls(outcomes: Array<RowResult['outcome'] | 'throttled-kind'>, user?: { sub: string; enabled: boolean }) {
  const sent: Array<{ row: UserImportRow; plan: ActionPlan }> = [];
  const restoreCalls: RestoreCalls = {
    settle: async (row, plan, onResponse) => {
      sent.push({ row, plan });
      const outcome = outcomes.shift()!;
      if (outcome === 'throttled-kind') {
        return 'throttled';
      }
      if (outcome === 'created') {
        onResponse?.({ User: { Attributes: [{ Name: 'sub', Value: 'new-sub' }] } });
      }
      return { username: row.username, action: row.action, outcome };
    },
    readUser: async (username: string) => ({ user: user && { Username: username, UserAttributes: [{ Name: 'sub', Value: user.sub }], Enabled: user.enabled } }),
  };
  return { restoreCalls, sent };
}

const LINE = { username: 'ada', sub: SUB, attributes: { email: 'ada@example.com', updated_at: '1', identities: '[]' }, status: 'CONFIRMED', enabled: false };

describe('restoring one user', () => {
  test('created without the attributes Cognito refuses, the old sub kept, then disabled as it was', async () => {
    const { restoreCalls, sent } = calls(['created', 'updated']);
    await expect(restoreUser(LINE, restoreCalls, 'custom:previous_sub')).resolves
      .toEqual({ username: 'ada', action: 'restore', outcome: 'created', previousSub: SUB, sub: 'new-sub' });
    expect(sent.map(({ row }) => [row.action, row.attributes])).toEqual([
      ['create', { 'email': 'ada@example.com', 'custom:previous_sub': SUB }], ['disable', {}],
    ]);
  });

  test('an existing user is unchanged, read for its sub, and still disabled; an enabled one is left as it is', async () => {
    const existing = calls(['unchanged', 'updated'], { sub: 'kept-sub', enabled: true });
    await expect(restoreUser(LINE, existing.restoreCalls)).resolves.toMatchObject({ outcome: 'updated', sub: 'kept-sub' });
    const alreadyDisabled = calls(['unchanged'], { sub: 'kept-sub', enabled: false });
    await expect(restoreUser(LINE, alreadyDisabled.restoreCalls)).resolves.toMatchObject({ outcome: 'unchanged', sub: 'kept-sub' });
    expect(alreadyDisabled.sent).toHaveLength(1);
  });

  test('a disable Cognito does not confirm makes the user unknown, never created; a federated user is skipped unsent', async () => {
    const { restoreCalls } = calls(['created', 'throttled-kind']);
    await expect(restoreUser(LINE, restoreCalls)).resolves.toMatchObject({ outcome: 'unknown', sub: 'new-sub' });
    const federated = calls([]);
    await expect(restoreUser({ ...LINE, username: 'Google_1', status: 'EXTERNAL_PROVIDER' }, federated.restoreCalls)).resolves.toMatchObject({ outcome: 'skipped' });
    expect(federated.sent).toEqual([]);
  });

  test('a membership is added with its group and reported with it', async () => {
    const { restoreCalls, sent } = calls(['updated']);
    await expect(restoreMembership({ group: 'admins', username: 'ada' }, restoreCalls)).resolves
      .toEqual({ username: 'ada', action: 'add-to-group', outcome: 'updated', group: 'admins' });
    expect(sent[0].plan.call({ UserPoolId: 'p', Username: 'ada' }, sent[0].row, false)).toEqual({
      operation: 'AdminAddUserToGroup', input: { UserPoolId: 'p', Username: 'ada', GroupName: 'admins' },
    });
  });
});
