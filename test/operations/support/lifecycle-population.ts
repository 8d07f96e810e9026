import { createHash } from 'node:crypto';
import { StoredGroup, StoredUser } from './seeded-cognito-local';

export const DAY_MS = 86_400_000;

/** One synthetic user with everything the jobs judge, known to the test independently of the workers. */
export interface PersonRecord {
  readonly username: string;
  readonly sub: string;
  readonly status: 'CONFIRMED' | 'UNCONFIRMED' | 'FORCE_CHANGE_PASSWORD';
  readonly enabled: boolean;
  readonly tenant?: string;
  readonly createdAt: number;
  /** The recorded last sign-in, if the table has one. */
  readonly lastSignInAt?: number;
  readonly groups: string[];
}

export const TENANTS = ['acme', 'globex', 'initech'];

/**
 * A deterministic population of `size` users across statuses, enabled flags, tenants, creation
 * dates over 400 days and last sign-ins, some never recorded. Times sit half a day off whole days,
 * so no user lands on a 30- or 90-day boundary.
 */
export function population(size: number, now: number): PersonRecord[] {
  return Array.from({ length: size }, (_, i) => {
    const createdDaysAgo = (i * 7) % 400;
    const createdAt = now - createdDaysAgo * DAY_MS - DAY_MS / 2;
    const signInDaysAgo = Math.min((i * 11) % 110, createdDaysAgo);
    const digest = createHash('sha256').update(`user-${i}`).digest('hex');
    // A version-4 UUID from the digest: random-looking, spread over every two-digit prefix, reproducible.
    const sub = `${digest.slice(0, 8)}-${digest.slice(8, 12)}-4${digest.slice(13, 16)}-a${digest.slice(17, 20)}-${digest.slice(20, 32)}`;
    return {
      username: `user-${String(i).padStart(5, '0')}`,
      sub,
      status: i % 10 < 7 ? 'CONFIRMED' : i % 10 < 9 ? 'UNCONFIRMED' : 'FORCE_CHANGE_PASSWORD',
      enabled: i % 13 !== 0,
      tenant: i % 17 === 0 ? undefined : TENANTS[i % 3],
      createdAt,
      lastSignInAt: i % 8 === 0 ? undefined : now - signInDaysAgo * DAY_MS - DAY_MS / 2 + 1,
      groups: [...(i % 50 === 9 ? ['admins'] : []), ...(i % 45 === 0 ? ['support'] : [])],
    };
  });
}

/** The users as cognito-local stores them. */
export function storedUsers(people: readonly PersonRecord[]): StoredUser[] {
  return people.map((person) => ({
    Username: person.username,
    Attributes: [
      { Name: 'sub', Value: person.sub },
      { Name: 'email', Value: `${person.username}@example.com` },
      ...(person.tenant ? [{ Name: 'custom:tenant_id', Value: person.tenant }] : []),
    ],
    Enabled: person.enabled,
    UserStatus: person.status,
    UserCreateDate: new Date(person.createdAt).toISOString(),
    UserLastModifiedDate: new Date(person.createdAt).toISOString(),
    RefreshTokens: [],
  }));
}

/** The groups as cognito-local stores them. */
export function storedGroups(people: readonly PersonRecord[], poolId: string, names: string[]): StoredGroup[] {
  const date = new Date(0).toISOString();
  return names.map((name) => ({
    GroupName: name,
    UserPoolId: poolId,
    CreationDate: date,
    LastModifiedDate: date,
    members: people.filter((person) => person.groups.includes(name)).map((person) => person.username),
  }));
}
