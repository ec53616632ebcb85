import { mkdir, open, readdir, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile } from './DurableJsonFile';
import { acquireDataLock, type DataLock } from './acquireDataLock';
import { compareDueRows, intern, matchesDueQuery, toDueRows } from './toDueRows';
import type { ReportFacts } from '../../runtime/reporting';
import { toReportFacts } from '../reports/toReportFacts';
import { createLowdbMigrationStore } from '../migrations/createLowdbMigrationStore';
import { createLowdbRecordStore } from '../records/createLowdbRecordStore';
import {
  DefinitionDraftConflictError,
  RevisionConflictError,
  type DefinitionHistoryEntry,
  type DefinitionLifecycle,
  type Draft,
  type StoredDefinitionDraft,
  type DueRow,
  type FamilyAggregate,
  type FamilySummary,
  type LoginFailures,
  type Session,
  type StorageAdapter,
  type StoredDefinition,
  type User,
} from './types';

interface SystemData {
  users: User[];
  definitions: StoredDefinition[];
  sessions: Session[];
  /** Lock-out counters by username hash (absent in stores written before they existed). */
  loginFailures?: LoginFailures[];
  /** Definition drafts and lifecycle history (absent in stores written before they existed). */
  definitionDrafts?: StoredDefinitionDraft[];
  definitionHistory?: DefinitionHistoryEntry[];
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
      ...(family.municipality ? { municipality: intern(family.municipality) } : {}),
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

  // --- Definition drafts and lifecycle (versions-server): kept in system.json, so a publish (new version,
  // history entry, draft removed) is one durable write. Writes are queued so two never share the temp file.
  let systemWrites: Promise<void> = Promise.resolve();
  const writeSystem = (change: (data: SystemData) => void): Promise<void> => {
    const run = systemWrites.then(async () => {
      const db = getSystem();
      // A shallow copy: every change below replaces the lists it changes instead of editing them in place,
      // so the stored objects are shared, not deep-copied (system.json holds every definition: a deep copy
      // per write was most of a draft save's cost).
      const next = { ...db.data };
      change(next);
      // On disk first, then in memory: a write that fails (disk full) leaves no change visible to reads.
      await db.adapter.write(next);
      db.data = next;
    });
    systemWrites = run.catch(() => undefined);
    return run;
  };
  const sameDraft = (d: { kind: string; id: string }, kind: string, id: string) =>
    d.kind === kind && d.id === id;
  const checkDraftRevision = (
    data: SystemData,
    kind: StoredDefinitionDraft['kind'],
    id: string,
    revision: number,
  ) => {
    const stored = (data.definitionDrafts ?? []).find((d) => sameDraft(d, kind, id));
    if ((stored?.revision ?? 0) !== revision) throw new DefinitionDraftConflictError(kind, id);
  };
  const definitionLifecycle: DefinitionLifecycle = {
    getDefinitionsStamp: async () => {
      const { definitions } = getSystem().data;
      return `${definitions.length}:${definitions.filter((d) => d.retiredAt).length}`;
    },
    listDefinitionDrafts: async (kind) =>
      structuredClone((getSystem().data.definitionDrafts ?? []).filter((d) => !kind || d.kind === kind)),
    getDefinitionDraft: async (kind, id) =>
      structuredClone((getSystem().data.definitionDrafts ?? []).find((d) => sameDraft(d, kind, id))),
    putDefinitionDraft: (draft, entry) =>
      writeSystem((data) => {
        checkDraftRevision(data, draft.kind, draft.id, draft.revision - 1);
        data.definitionDrafts = [
          ...(data.definitionDrafts ?? []).filter((d) => !sameDraft(d, draft.kind, draft.id)),
          draft,
        ];
        if (entry) data.definitionHistory = [...(data.definitionHistory ?? []), entry];
      }),
    deleteDefinitionDraft: (kind, id, revision, entry) =>
      writeSystem((data) => {
        checkDraftRevision(data, kind, id, revision);
        data.definitionDrafts = (data.definitionDrafts ?? []).filter((d) => !sameDraft(d, kind, id));
        if (entry) data.definitionHistory = [...(data.definitionHistory ?? []), entry];
      }),
    listDefinitionHistory: async (kind, id) =>
      structuredClone((getSystem().data.definitionHistory ?? []).filter((e) => sameDraft(e, kind, id))),
    appendDefinitionHistory: (...entries) =>
      writeSystem((data) => {
        data.definitionHistory = [...(data.definitionHistory ?? []), ...entries];
      }),
    publishDefinition: (definition, entry, draftRevision) =>
      writeSystem((data) => {
        const { kind, id, version } = definition;
        if (data.definitions.some((d) => sameDraft(d, kind, id) && d.version === version))
          throw new Error(`${kind} ${id} version ${version} is already stored`);
        if (draftRevision !== undefined) {
          checkDraftRevision(data, kind, id, draftRevision);
          data.definitionDrafts = (data.definitionDrafts ?? []).filter((d) => !sameDraft(d, kind, id));
        }
        data.definitions = [...data.definitions, definition];
        data.definitionHistory = [...(data.definitionHistory ?? []), entry];
      }),
    retireDefinition: (kind, id, version, entry) =>
      writeSystem((data) => {
        const stored = data.definitions.find((d) => sameDraft(d, kind, id) && d.version === version);
        if (!stored) throw new Error(`${kind} ${id} version ${version} is not stored`);
        data.definitions = data.definitions.map((d) =>
          d === stored ? { ...d, retiredAt: d.retiredAt ?? entry.at } : d,
        );
        data.definitionHistory = [...(data.definitionHistory ?? []), entry];
      }),
  };
  // --- end definition drafts and lifecycle ---
  // Migration batches (versions-ui): one file per batch; candidates found by reading through the cache.
  const migrationStore = createLowdbMigrationStore(dataDir, {
    listIds: () => [...summaries.keys()],
    read: readFamily,
  });

  return {
    ...definitionLifecycle,
    ...migrationStore,
    ...createLowdbRecordStore(dataDir),
    async probe() {
      await new DurableJsonFile(join(dataDir, 'probe.json')).write({ ok: true });
    },
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
    getUser: async (id) => structuredClone(getSystem().data.users.find((u) => u.id === id)),
    putUser: (user) =>
      writeSystem((data) => {
        data.users = [...data.users.filter((u) => u.id !== user.id), user];
      }),
    getLoginFailures: async (key) =>
      structuredClone((getSystem().data.loginFailures ?? []).find((r) => r.key === key)),
    putLoginFailures: (key, record, now) =>
      writeSystem((data) => {
        data.loginFailures = [
          ...(data.loginFailures ?? []).filter((r) => r.key !== key && r.expiresAt >= now),
          ...(record ? [record] : []),
        ];
      }),
    listDefinitions: async () => structuredClone(getSystem().data.definitions),
    putDefinition: (definition) =>
      writeSystem((data) => {
        const exists = data.definitions.some(
          (d) => d.kind === definition.kind && d.id === definition.id && d.version === definition.version,
        );
        if (exists)
          throw new Error(
            `${definition.kind} ${definition.id} version ${definition.version} is already stored`,
          );
        data.definitions = [...data.definitions, definition];
      }),
    getSession: async (id) => structuredClone(getSystem().data.sessions.find((s) => s.id === id)),
    putSession: (session) =>
      writeSystem((data) => {
        data.sessions = [...data.sessions.filter((s) => s.id !== session.id), session];
      }),
    deleteSession: (id) =>
      writeSystem((data) => {
        data.sessions = data.sessions.filter((s) => s.id !== id);
      }),
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
    // --- Reporting (reports): read-only; every family's rows, read through the cache ---
    async listReportFacts(query) {
      const workflowIds = new Set(query.workflowIds);
      const forms = query.fields ? new Set(Object.keys(query.fields)) : undefined;
      const facts: ReportFacts = { pathways: [], submissions: [] };
      const ids = [...summaries.keys()];
      for (let i = 0; i < ids.length; i += READ_BATCH) {
        const batch = await Promise.all(ids.slice(i, i + READ_BATCH).map((id) => readFamily(id)));
        for (const aggregate of batch) {
          if (!aggregate) continue;
          const own = toReportFacts(aggregate, workflowIds, forms);
          facts.pathways.push(...own.pathways);
          facts.submissions.push(...own.submissions);
        }
      }
      return structuredClone(facts);
    },
    // --- end reporting ---
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
    async deleteFamily(id) {
      // --- Retention (security-log): the file goes first (then the family is gone after a crash too),
      // then the folder entry is synced, then the indexes and the drafts of its pathways ---
      const aggregate = await readFamily(id);
      if (!aggregate || !summaries.has(id)) return false;
      await unlink(join(familiesDir, `${id}.json`));
      const folder = await open(familiesDir, 'r');
      await folder.sync().finally(() => folder.close());
      for (const pathwayId of Object.keys(aggregate.pathways)) {
        pathwayIndex.delete(pathwayId);
        await rm(join(draftsDir, pathwayId), { recursive: true, force: true });
      }
      for (const submissionId of Object.keys(aggregate.submissions)) submissionIndex.delete(submissionId);
      cache.delete(id);
      revisions.delete(id);
      summaries.delete(id);
      dueRows.delete(id);
      return true;
      // --- end retention ---
    },
    async deleteDrafts(pathwayId, formId) {
      const folder = join(draftsDir, pathwayId);
      const names = await readdir(folder).catch(() => [] as string[]);
      for (const name of names)
        if (name.startsWith(`${formId}.`)) await unlink(join(folder, name)).catch(() => undefined);
    },
  };
}
