import { randomUUID } from 'node:crypto';
import type { StorageAdapter } from '../storage/types';
import { DEMO_TEAM, demoUsers } from './demoUsers';
import { hashPassword } from './passwords';

/** On an empty store, adds the documented demo users; an existing user list is never touched. */
export async function seedDemoUsers(storage: StorageAdapter): Promise<void> {
  if ((await storage.listUsers()).length > 0) return;
  // scrypt runs on libuv's thread pool, so hashing the passwords side by side keeps start-up short.
  const hashes = await Promise.all(demoUsers.map((user) => hashPassword(user.password)));
  for (const [i, user] of demoUsers.entries()) {
    await storage.putUser({
      id: randomUUID(),
      username: user.username,
      name: user.name,
      roles: user.roles,
      team: DEMO_TEAM,
      passwordHash: hashes[i]!,
    });
  }
}
