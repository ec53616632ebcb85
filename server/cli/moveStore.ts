import { canonicalJson } from '../definitions/hashDefinition';
import type { StorageAdapter } from '../storage/types';

export interface MoveReport {
  users: number;
  definitions: number;
  families: number;
}

/**
 * Copies everything from one store into another, empty one: users, definitions, families with their
 * pathways, submissions and history. Sessions and drafts are not moved (users log in again; drafts are
 * short-lived). Each family is verified after it is written.
 */
export async function moveStore(
  from: StorageAdapter,
  to: StorageAdapter,
  log: (line: string) => void = () => undefined,
): Promise<MoveReport> {
  if ((await to.listFamilies()).length > 0 || (await to.listUsers()).length > 0) {
    throw new Error('The target store is not empty; moving into it could mix two municipalities’ data.');
  }
  const users = await from.listUsers();
  for (const user of users) await to.putUser(user);
  const definitions = await from.listDefinitions();
  for (const definition of definitions) await to.putDefinition(definition);
  const families = await from.listFamilies();
  let moved = 0;
  for (const { id } of families) {
    const aggregate = await from.getFamily(id);
    if (!aggregate) continue;
    // The revision is a concurrency token of the store it lives in; a moved family starts at 1.
    await to.importFamilies([aggregate]);
    const copy = await to.getFamily(id);
    if (canonicalJson({ ...copy, revision: 0 }) !== canonicalJson({ ...aggregate, revision: 0 })) {
      throw new Error(`Family ${id} did not arrive intact`);
    }
    if (++moved % 1000 === 0) log(`${moved} of ${families.length} families moved`);
  }
  return { users: users.length, definitions: definitions.length, families: moved };
}
