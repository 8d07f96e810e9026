import { createUserPoolBackupWorker } from '../../lambda/user-pool-backup.lambda';
import { SCAN_ENV, SCAN_TIMING } from '../../lib/private/scan-environment';

const RUN = 'backups/2026-12-01T02-00-00Z/';
const CONTEXT = { startedAt: '2026-12-01T02:00:00.000Z', runId: '2026-12-01T02-00-00Z', groupCount: 257 };
// Partition 00 lists the members of groups 0 and 256: 130 members (three pages) and 5.
const MEMBERS: Record<string, number> = { 'group-0': 130, 'group-256': 5 };

function worker() {
  const objects = new Map<string, string>();
  const calls: string[] = [];
  objects.set(`bucket/${RUN}groups.json`, JSON.stringify(Array.from({ length: 257 }, (_, index) => ({ name: `group-${index}` }))));
  const cognito = {
    send: async (command: object) => {
      const { input } = command as { input: { GroupName?: string; NextToken?: string } };
      calls.push(`${command.constructor.name} ${input.GroupName ?? ''} ${input.NextToken ?? ''}`.trim());
      if (command.constructor.name === 'ListUsersCommand') {
        return { Users: [] };
      }
      const total = MEMBERS[input.GroupName!] ?? 0;
      const start = Number(input.NextToken ?? 0);
      const Users = Array.from({ length: Math.min(60, total - start) }, (_, index) => ({ Username: `${input.GroupName}-member-${start + index}` }));
      return { Users, ...(start + 60 < total && { NextToken: String(start + 60) }) };
    },
  };
  const store = {
    get: async (bucket: string, key: string) => objects.get(`${bucket}/${key}`)!,
    put: async (bucket: string, key: string, body: string) => void objects.set(`${bucket}/${key}`, body),
  };
  const env = { [SCAN_ENV.userPoolId]: 'eu-west-1_Pool', [SCAN_ENV.reportBucket]: 'bucket', [SCAN_ENV.reportPrefix]: 'backups/' };
  return { handler: createUserPoolBackupWorker(env, { cognito, store }), objects, calls };
}

test('a partition lists the members of its share of the groups resumably, one part per invocation, then its users', async () => {
  const { handler, objects, calls } = worker();
  // Time for one page only: the second list call would start under the page margin.
  let pages = 0;
  const short = { getRemainingTimeInMillis: () => (pages++ === 0 ? SCAN_TIMING.pageMarginMs + 1_000 : SCAN_TIMING.pageMarginMs - 1) };
  const first = await handler({ partition: '00', context: CONTEXT }, short) as any;
  expect(first).toMatchObject({ partition: '00', done: false, state: { membershipsDone: false, groupIndex: 0, groupToken: '60', membershipParts: 1, users: 0 } });
  expect(objects.get(`bucket/${RUN}memberships/00-0000.jsonl`)!.trim().split('\n')).toHaveLength(60);

  const second = await handler(first) as any;
  expect(second).toMatchObject({ done: true, state: { membershipsDone: true, groupIndex: 2, membershipParts: 2, users: 0, parts: 0 } });
  const rest = objects.get(`bucket/${RUN}memberships/00-0001.jsonl`)!.trim().split('\n').map((line) => JSON.parse(line));
  expect(rest).toHaveLength(75);
  expect(rest[0]).toEqual({ group: 'group-0', username: 'group-0-member-60' });
  expect(rest[74]).toEqual({ group: 'group-256', username: 'group-256-member-4' });
  expect(calls).toEqual([
    'ListUsersInGroupCommand group-0', 'ListUsersInGroupCommand group-0 60', 'ListUsersInGroupCommand group-0 120',
    'ListUsersInGroupCommand group-256', 'ListUsersCommand',
  ]);
});

test('a partition whose groups have no members writes no membership file', async () => {
  const { handler, objects } = worker();
  const step = await handler({ partition: '01', context: CONTEXT }) as any;
  expect(step).toMatchObject({ done: true, state: { membershipsDone: true, membershipParts: 0 } });
  expect([...objects.keys()].filter((key) => key.includes('memberships/'))).toEqual([]);
});
