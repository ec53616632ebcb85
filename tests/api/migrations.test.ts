import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StateConfig, WorkflowDefinition } from '../../runtime';
import { countLiveInstances } from '../../server/migrations/countLiveInstances';
import { rebuildSnapshot } from '../../server/services/rebuildSnapshot';
import { startServer, type RunningServer } from '../../server/startServer';
import { DATABASE_URL } from '../contract/storageAdapters';
import { dropSchema, loggedIn, stores, type StoreName } from './definitionServers';
import {
  createPregnantFamily,
  createUser,
  startD1,
  startD1InCourse,
  validExample,
  type Client,
} from './startTestServer';

/** ishoej.d1 version 2: the registration step is renamed `intake`; families there need a state map. */
async function addD1v2(definitionsDir: string): Promise<void> {
  const path = join(definitionsDir, 'workflows', 'ishoej.d1.v1.json');
  const v1 = JSON.parse(await readFile(path, 'utf8')) as WorkflowDefinition;
  const { registration, ...rest } = v1.machine.states;
  const v2: WorkflowDefinition = {
    ...v1,
    version: 2,
    machine: { ...v1.machine, initial: 'intake', states: { intake: registration as StateConfig, ...rest } },
  };
  await writeFile(join(definitionsDir, 'workflows', 'ishoej.d1.v2.json'), JSON.stringify(v2));
}

/** The same store across restarts: first with version 1 only, then with version 2 published beside it. */
async function createHome(store: StoreName) {
  const dataDir = await mkdtemp(join(tmpdir(), 'forloeb-migrations-'));
  const definitionsDir = await mkdtemp(join(tmpdir(), 'forloeb-migration-defs-'));
  await cp('definitions', definitionsDir, { recursive: true });
  const schema = `mig_${Math.random().toString(36).slice(2, 10)}`;
  // A fake clock that stands still: every step's recorded time is the time it was taken, so a replay of the
  // history can be compared with the stored snapshot to the millisecond.
  const clock = new Date();
  const start = () =>
    startServer({
      port: 0,
      now: () => clock,
      schedulerIntervalMs: 0,
      dataDir,
      definitionsDir,
      ...(store === 'postgres' ? { databaseUrl: DATABASE_URL, databaseSchema: schema } : {}),
    });
  return {
    dataDir,
    definitionsDir,
    start,
    async dispose() {
      await rm(dataDir, { recursive: true, force: true });
      await rm(definitionsDir, { recursive: true, force: true });
      if (store === 'postgres') await dropSchema(schema);
    },
  };
}

interface Plan {
  moves: { pathwayId: string; from: string[]; to: string[] }[];
  unmapped: { pathwayId: string; states: string[]; reason: { da: string } }[];
  summary: { from: string; to: string; count: number }[];
  text: { da: string; en: string };
}

describe.each(stores)('the migration planner (%s)', (store) => {
  let home: Awaited<ReturnType<typeof createHome>>;
  let server: RunningServer;
  let worker: Client;
  let admin: Client;
  const inCourse: string[] = [];
  const versionsBefore = new Map<string, number>();
  let atRegistration: string;
  let batchId: string;

  beforeAll(async () => {
    home = await createHome(store);
    const first = await home.start();
    const v1Worker = await loggedIn(first.url, 'sundhedsplejerske');
    for (let i = 0; i < 2; i++) inCourse.push((await startD1InCourse(v1Worker)).pathway.id);
    const { family, child } = await createPregnantFamily(v1Worker);
    atRegistration = (await startD1(v1Worker, family.id, child.id)).id;
    for (const id of inCourse)
      versionsBefore.set(id, (await v1Worker.get(`/api/pathways/${id}`)).body.version);
    await first.close();
    await addD1v2(home.definitionsDir);
    server = await home.start();
    worker = await loggedIn(server.url, 'sundhedsplejerske');
    admin = await loggedIn(server.url, 'administrator');
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await home?.dispose();
  });

  it('is for administrators only', async () => {
    const editor = await loggedIn(server.url, 'redaktoer');
    const reply = await editor.post('/api/workflows/ishoej.d1/migrations/dry-run', {
      fromVersion: 1,
      toVersion: 2,
    });
    expect(reply.status).toBe(403);
  });

  it('lists in a dry run who moves where and who cannot be mapped, and changes nothing', async () => {
    const reply = await admin.post<Plan>('/api/workflows/ishoej.d1/migrations/dry-run', {
      fromVersion: 1,
      toVersion: 2,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.moves.map((m) => m.pathwayId).sort()).toEqual([...inCourse].sort());
    expect(reply.body.moves[0]?.to).toEqual(reply.body.moves[0]?.from);
    expect(reply.body.unmapped).toMatchObject([{ pathwayId: atRegistration, states: ['registration'] }]);
    expect(reply.body.text.da).toMatch(
      /^2 familier i .+ flyttes til .+; 1 kan ikke flyttes: Familien Sara Jensen \(Registrering af familien\)\.$/,
    );
    const view = await worker.get(`/api/pathways/${atRegistration}`);
    expect(view.body.workflow.version).toBe(1);
  });

  it('counts the live instances per state, the usage that tells whether removing a state strands families', async () => {
    const counts = await countLiveInstances(server.storage, 'ishoej.d1', 1);
    expect(counts.registration).toBe(1);
    expect(counts.course).toBe(2);
    expect(await countLiveInstances(server.storage, 'ishoej.d1', 2)).toEqual({});
  });

  it('maps the renamed state with a state map', async () => {
    const reply = await admin.post<Plan>('/api/workflows/ishoej.d1/migrations/dry-run', {
      fromVersion: 1,
      toVersion: 2,
      stateMap: { registration: 'intake' },
    });
    expect(reply.body.unmapped).toEqual([]);
    expect(reply.body.moves.find((m) => m.pathwayId === atRegistration)).toMatchObject({
      from: ['registration'],
      to: ['intake'],
    });
  });

  it('refuses a map into a state the new version does not have', async () => {
    const reply = await admin.post<Plan>('/api/workflows/ishoej.d1/migrations/dry-run', {
      fromVersion: 1,
      toVersion: 2,
      stateMap: { registration: 'nowhere' },
    });
    expect(reply.body.unmapped).toMatchObject([
      { pathwayId: atRegistration, reason: { da: 'Målet nowhere findes ikke i den nye version.' } },
    ]);
  });

  it('runs the batch: every instance moves to version 2, and the pathway goes on on the new machine', async () => {
    const reply = await admin.post('/api/workflows/ishoej.d1/migrations', {
      fromVersion: 1,
      toVersion: 2,
      stateMap: { registration: 'intake' },
      fieldMap: { 'F02-consent': { participation: 'participationConfirmed' } },
      comment: 'Registrering hedder nu indskrivning',
    });
    expect(reply.status).toBe(201);
    batchId = reply.body.id;
    expect(reply.body.status).toBe('done');
    expect(reply.body.instances).toHaveLength(3);
    for (const id of [...inCourse, atRegistration]) {
      const view = await worker.get(`/api/pathways/${id}`);
      expect(view.body.workflow.version).toBe(2);
    }
    // The field map renames what guards read; the stored submission itself is never changed.
    const familyId = (await worker.get(`/api/pathways/${inCourse[0]}`)).body.familyId as string;
    const stored = (await server.storage.getFamily(familyId))!;
    const answers = stored.pathways[inCourse[0]!]!.snapshot.context.answers['F02-consent']!;
    expect(answers.participationConfirmed).toBe(true);
    expect(answers).not.toHaveProperty('participation');
    const consent = Object.values(stored.submissions).find((s) => s.formId === 'F02-consent')!;
    expect(consent.data.participation).toBe(true);
    const moved = await worker.get(`/api/pathways/${atRegistration}`);
    expect(moved.body.steps.map((s: { state: string }) => s.state)).toEqual(['intake']);
    expect(moved.body.version).toBe(2);
    const again = await admin.post<Plan>('/api/workflows/ishoej.d1/migrations/dry-run', {
      fromVersion: 1,
      toVersion: 2,
    });
    expect(again.body.moves).toEqual([]);
    // The family at intake goes on: the step's form is due on version 2 and moves it to the offer.
    const submitted = await worker.post(`/api/pathways/${atRegistration}/submissions`, {
      formId: 'F01-family-registration',
      data: await validExample('F01-family-registration'),
    });
    expect(submitted.status).toBe(201);
    const after = await worker.get(`/api/pathways/${atRegistration}`);
    expect(after.body.steps.map((s: { state: string }) => s.state)).toEqual(['offer']);
  });

  it('writes an audit trail: the family timeline and the access log name the move', async () => {
    const view = await worker.get(`/api/pathways/${inCourse[0]}`);
    const timeline = await worker.get(`/api/families/${view.body.familyId}/timeline`);
    expect(JSON.stringify(timeline.body)).toContain('Flyttet til version 2 af forløbet');
    const batch = await admin.get(`/api/migrations/${batchId}`);
    expect(batch.body.ranBy).toMatchObject({ name: expect.any(String) });
    // Read back as an auditor reads it: the same on both stores.
    await createUser(server, { username: 'revisor-migration', roles: ['revisor'] });
    const auditor = await loggedIn(server.url, 'revisor-migration');
    const log = (await auditor.get(`/api/audit/users/${batch.body.ranBy.id}`)).body as {
      user: { id: string };
      action: string;
      resource: string;
    }[];
    const writes = log.filter((e) => e.action === 'write');
    expect(writes.map((e) => e.resource).sort()).toEqual(
      [...inCourse, atRegistration].map((id) => `pathway:${id}`).sort(),
    );
  });

  /** The stored snapshot is a cache: replaying the history (across the migration) gives the same state. */
  const expectReplayable = async (pathwayId: string) => {
    const familyId = (await worker.get(`/api/pathways/${pathwayId}`)).body.familyId as string;
    const aggregate = (await server.storage.getFamily(familyId))!;
    const instance = aggregate.pathways[pathwayId]!;
    const getVersion = (version: number) => server.catalog.library.getWorkflow('ishoej.d1', version);
    expect(
      rebuildSnapshot(getVersion(instance.workflow.version)!, instance, aggregate.submissions, getVersion),
    ).toEqual(instance.snapshot);
  };

  it('keeps the history replayable across the migration', async () => {
    for (const id of [...inCourse, atRegistration]) await expectReplayable(id);
  });

  it('undoes the batch exactly, but refuses the instance that changed after it and says so', async () => {
    const reply = await admin.post(`/api/migrations/${batchId}/undo`);
    expect(reply.status).toBe(200);
    expect(reply.body.restored).toEqual([...inCourse].sort());
    expect(reply.body.refused).toMatchObject([{ pathwayId: atRegistration }]);
    for (const id of inCourse) {
      const view = await worker.get(`/api/pathways/${id}`);
      expect(view.body.workflow.version).toBe(1);
      // Moved (+1) and moved back (+1): the revision only grows, so no later change can be lost.
      expect(view.body.version).toBe((versionsBefore.get(id) ?? 0) + 2);
    }
    const familyId = (await worker.get(`/api/pathways/${inCourse[0]}`)).body.familyId as string;
    const restored = (await server.storage.getFamily(familyId))!.pathways[inCourse[0]!]!;
    expect(restored.snapshot.context.answers['F02-consent']).toMatchObject({ participation: true });
    expect(restored.history.map((h) => h.event.type).slice(-2)).toEqual([
      'PATHWAY_MIGRATED',
      'PATHWAY_MIGRATION_UNDONE',
    ]);
    const kept = await worker.get(`/api/pathways/${atRegistration}`);
    expect(kept.body.workflow.version).toBe(2);
    expect(kept.body.steps.map((s: { state: string }) => s.state)).toEqual(['offer']);
    const batch = await admin.get(`/api/migrations/${batchId}`);
    expect(batch.body.status).toBe('done');
    for (const id of [...inCourse, atRegistration]) await expectReplayable(id);
    const listed = await admin.get('/api/workflows/ishoej.d1/migrations');
    expect(listed.body.map((b: { id: string }) => b.id)).toEqual([batchId]);
  });

  it('restores what the instances were: the undone ones can be planned again from version 1', async () => {
    const reply = await admin.post<Plan>('/api/workflows/ishoej.d1/migrations/dry-run', {
      fromVersion: 1,
      toVersion: 2,
    });
    expect(reply.body.moves.map((m) => m.pathwayId).sort()).toEqual([...inCourse].sort());
  });
});
