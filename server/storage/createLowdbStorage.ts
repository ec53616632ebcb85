import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile } from './DurableJsonFile';
import { acquireDataLock, type DataLock } from './acquireDataLock';
import { compareDueRows, matchesDueQuery, toDueRows } from './toDueRows';
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
    join(draftsDir, `${pathwayId}.${formId}.${userId}.json`);
  let lock: DataLock | undefined;
  let system: Low<SystemData> | undefined;
  const families = new Map<string, Low<FamilyAggregate>>();
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
      responsibleId: family.responsibleId,
      team: family.team,
    });
    dueRows.set(family.id, toDueRows(aggregate));
    for (const id of Object.keys(aggregate.pathways)) pathwayIndex.set(id, family.id);
    for (const id of Object.keys(aggregate.submissions)) submissionIndex.set(id, family.id);
  };
  const familyDb = (id: string): Low<FamilyAggregate> => {
    let db = families.get(id);
    if (!db) {
      db = new Low<FamilyAggregate>(
        new DurableJsonFile(join(familiesDir, `${id}.json`)),
        null as unknown as FamilyAggregate,
      );
      families.set(id, db);
    }
    return db;
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
      for (const name of await readdir(familiesDir)) {
        const id = FAMILY_FILE.exec(name)?.[1];
        if (!id) continue;
        const db = familyDb(id);
        await db.read();
        if (db.data) index(db.data);
      }
    },
    async close() {
      families.clear();
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
      return structuredClone(familyDb(id).data);
    },
    findFamilyOfPathway: async (id) => pathwayIndex.get(id),
    findFamilyOfSubmission: async (id) => submissionIndex.get(id),
    async saveFamily(aggregate) {
      const db = familyDb(aggregate.family.id);
      const stored = summaries.has(aggregate.family.id) ? db.data.revision : 0;
      if (stored !== aggregate.revision - 1) throw new RevisionConflictError(aggregate.family.id);
      const previous = db.data;
      db.data = structuredClone(aggregate);
      try {
        await db.write();
      } catch (error) {
        db.data = previous;
        throw error;
      }
      index(aggregate);
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
      const file = new DurableJsonFile<Draft>(draftPath(draft.pathwayId, draft.formId, draft.userId));
      const stored = await file.read();
      if ((stored?.version ?? 0) !== draft.version - 1) throw new RevisionConflictError(draft.familyId);
      await file.write(draft);
    },
    async deleteDrafts(pathwayId, formId) {
      const prefix = `${pathwayId}.${formId}.`;
      for (const name of await readdir(draftsDir))
        if (name.startsWith(prefix)) await unlink(join(draftsDir, name)).catch(() => undefined);
    },
  };
}
