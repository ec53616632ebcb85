import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile } from './DurableJsonFile';
import { acquireDataLock, type DataLock } from './acquireDataLock';
import { compareDueRows, intern, matchesDueQuery, toDueRows } from './toDueRows';
import {
  RevisionConflictError,
  type Draft,
  type DueRow,
  type FamilyAggregate,
  type FamilySummary,
  type Session,
  type StorageAdapter,
  type StoredDefinition,
  type User,
} from './types';

interface SystemData {
  users: User[];
  definitions: StoredDefinition[];
  sessions: Session[];
}

const FAMILY_FILE = /^([A-Za-z0-9-]+)\.json$/;
const CACHE_SIZE = 1000;
const READ_BATCH = 64;
const WRITE_BATCH = 32;

/**
 * The embedded store: lowdb over durable JSON files in DATA_DIR. Each family is its own file, so the cost of a
 * write does not grow with the number of families; users, definitions and sessions share `system.json`.
 * One server process owns the folder at a time (a lock file says which).
 */
export function createLowdbStorage(dataDir: string): StorageAdapter {
  const familiesDir = join(dataDir, 'families');
  const draftsDir = join(dataDir, 'drafts');
  const dueRows = new Map<string, DueRow[]>();
  const draftPath = (pathwayId: string, formId: string, userId: string) =>
    join(draftsDir, pathwayId, `${formId}.${userId}.json`);
  let lock: DataLock | undefined;
  let system: Low<SystemData> | undefined;
  /** The most recently used aggregates; the rest stay on disk, so memory does not grow with the store. */
  const cache = new Map<string, FamilyAggregate>();
  const revisions = new Map<string, number>();
  const remember = (aggregate: FamilyAggregate) => {
    cache.delete(aggregate.family.id);
    cache.set(aggregate.family.id, aggregate);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  };
  const summaries = new Map<string, FamilySummary>();
  const pathwayIndex = new Map<string, string>();
  const submissionIndex = new Map<string, string>();

  const getSystem = (): Low<SystemData> => {
    if (!system) throw new Error('Storage is not open');
    return system;
  };
  const index = (aggregate: FamilyAggregate) => {
    const { family } = aggregate;
    summaries.set(family.id, {
      id: family.id,
      name: family.name,
      members: family.members,
      createdAt: family.createdAt,
      responsibleId: intern(family.responsibleId),
      team: intern(family.team),
      ...(family.district ? { district: intern(family.district) } : {}),
    });
    dueRows.set(family.id, toDueRows(aggregate));
    for (const id of Object.keys(aggregate.pathways)) pathwayIndex.set(id, family.id);
    for (const id of Object.keys(aggregate.submissions)) submissionIndex.set(id, family.id);
  };
  const familyFile = (id: string) => new DurableJsonFile<FamilyAggregate>(join(familiesDir, `${id}.json`));
  const readFamily = async (id: string): Promise<FamilyAggregate | undefined> => {
    const cached = cache.get(id);
    if (cached) return cached;
    const aggregate = await familyFile(id).read();
    if (aggregate) remember(aggregate);
    return aggregate ?? undefined;
  };
  const writeFamily = async (aggregate: FamilyAggregate) => {
    const db = new Low<FamilyAggregate>(familyFile(aggregate.family.id), aggregate);
    await db.write();
    revisions.set(aggregate.family.id, aggregate.revision);
    remember(structuredClone(aggregate));
    index(aggregate);
  };

  return {
    async open() {
      await mkdir(familiesDir, { recursive: true, mode: 0o700 });
      await mkdir(draftsDir, { recursive: true, mode: 0o700 });
      lock = await acquireDataLock(dataDir);
      system = new Low<SystemData>(new DurableJsonFile(join(dataDir, 'system.json')), {
        users: [],
        definitions: [],
        sessions: [],
      });
      await system.read();
      const ids = (await readdir(familiesDir)).flatMap((name) => FAMILY_FILE.exec(name)?.[1] ?? []);
      for (let i = 0; i < ids.length; i += READ_BATCH) {
        const batch = await Promise.all(ids.slice(i, i + READ_BATCH).map((id) => familyFile(id).read()));
        for (const aggregate of batch) {
          if (!aggregate) continue;
          revisions.set(aggregate.family.id, aggregate.revision);
          index(aggregate);
        }
      }
    },
    async close() {
      cache.clear();
      system = undefined;
      await lock?.release();
      lock = undefined;
    },
    listUsers: async () => structuredClone(getSystem().data.users),
    async putUser(user) {
      const db = getSystem();
      db.data.users = [...db.data.users.filter((u) => u.id !== user.id), user];
      await db.write();
    },
    listDefinitions: async () => structuredClone(getSystem().data.definitions),
    async putDefinition(definition) {
      const db = getSystem();
      const exists = db.data.definitions.some(
        (d) => d.kind === definition.kind && d.id === definition.id && d.version === definition.version,
      );
      if (exists)
        throw new Error(
          `${definition.kind} ${definition.id} version ${definition.version} is already stored`,
        );
      db.data.definitions.push(definition);
      await db.write();
    },
    getSession: async (id) => structuredClone(getSystem().data.sessions.find((s) => s.id === id)),
    async putSession(session) {
      const db = getSystem();
      db.data.sessions = [...db.data.sessions.filter((s) => s.id !== session.id), session];
      await db.write();
    },
    async deleteSession(id) {
      const db = getSystem();
      db.data.sessions = db.data.sessions.filter((s) => s.id !== id);
      await db.write();
    },
    async listFamilies(filter = {}) {
      const chosen = filter.ids
        ? filter.ids.flatMap((id) => summaries.get(id) ?? [])
        : [...summaries.values()];
      const list = chosen.filter(
        (f) => filter.responsibleId === undefined || f.responsibleId === filter.responsibleId,
      );
      return structuredClone(list.sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
    },
    async getFamily(id) {
      if (!summaries.has(id)) return undefined;
      return structuredClone(await readFamily(id));
    },
    findFamilyOfPathway: async (id) => pathwayIndex.get(id),
    findFamilyOfSubmission: async (id) => submissionIndex.get(id),
    async saveFamily(aggregate) {
      const stored = revisions.get(aggregate.family.id) ?? 0;
      if (stored !== aggregate.revision - 1) throw new RevisionConflictError(aggregate.family.id);
      await writeFamily(aggregate);
    },
    async importFamilies(aggregates) {
      for (const aggregate of aggregates) {
        if (revisions.has(aggregate.family.id)) throw new RevisionConflictError(aggregate.family.id);
      }
      for (let i = 0; i < aggregates.length; i += WRITE_BATCH) {
        await Promise.all(
          aggregates.slice(i, i + WRITE_BATCH).map((a) => writeFamily({ ...a, revision: 1 })),
        );
      }
    },
    async listDue(query) {
      const rows = [...dueRows.values()]
        .flat()
        .filter((row) => matchesDueQuery(row, query))
        .sort(compareDueRows);
      return structuredClone(query.limit === undefined ? rows : rows.slice(0, query.limit));
    },
    async getDraft(pathwayId, formId, userId) {
      return (await new DurableJsonFile<Draft>(draftPath(pathwayId, formId, userId)).read()) ?? undefined;
    },
    async putDraft(draft) {
      // One folder per pathway, so removing a form's drafts after a submit looks at that pathway only.
      await mkdir(join(draftsDir, draft.pathwayId), { recursive: true, mode: 0o700 });
      const file = new DurableJsonFile<Draft>(draftPath(draft.pathwayId, draft.formId, draft.userId));
      const stored = await file.read();
      if ((stored?.version ?? 0) !== draft.version - 1) throw new RevisionConflictError(draft.familyId);
      await file.write(draft);
    },
    async deleteDrafts(pathwayId, formId) {
      const folder = join(draftsDir, pathwayId);
      const names = await readdir(folder).catch(() => [] as string[]);
      for (const name of names)
        if (name.startsWith(`${formId}.`)) await unlink(join(folder, name)).catch(() => undefined);
    },
  };
}
