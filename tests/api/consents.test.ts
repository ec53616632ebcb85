import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  createPregnantFamily,
  startTestServer,
  type Client,
  type TestServer,
} from './startTestServer';

let server: TestServer;
let worker: Client;

beforeAll(async () => {
  server = await startTestServer({ definitionsDir: 'tests/fixtures/consents', schedulerIntervalMs: 0 });
  worker = createClient(server.url);
  await worker.login();
});
afterAll(() => server.dispose());

async function familyOnPathway() {
  const { family, child } = await createPregnantFamily(worker);
  const parent = family.members.find((m) => m.role === 'pregnant')!;
  const started = await worker.post(`/api/families/${family.id}/pathways`, {
    workflowId: 'test.consent',
    childId: child.id,
  });
  expect(started.status).toBe(201);
  return { familyId: family.id, parentId: parent.id, pathwayId: started.body.id as string };
}
const give = (familyId: string, memberId: string, purpose: string, givenOn = '2026-11-01') =>
  worker.post(`/api/families/${familyId}/consents`, { memberId, purpose, givenOn });
const stateOf = async (pathwayId: string) =>
  (await server.storage.getFamily((await server.storage.findFamilyOfPathway(pathwayId))!))!.pathways[
    pathwayId
  ]!.snapshot.value;

describe('consent as data', () => {
  it('records a purpose-bound consent per member with who and when, and keeps a withdrawn one in the history', async () => {
    const { familyId, parentId } = await familyOnPathway();
    const empty = await worker.get(`/api/families/${familyId}/consents`);
    expect(empty.status).toBe(200);
    expect(empty.body.records).toEqual([]);
    expect(empty.body.current).toEqual({
      teamDiscussionNamed: false,
      teamDiscussionAnonymous: false,
      shareWithDayCare: false,
      gpLetter: false,
      evaluationContact: false,
    });
    expect(empty.body.purposes.gpLetter).toEqual({
      da: 'Sundhedsplejersken må skrive et korrespondancebrev til egen læge',
      en: 'The health visitor may write a correspondence letter to the GP',
    });

    const given = await give(familyId, parentId, 'shareWithDayCare', '2026-10-30');
    expect(given.status).toBe(201);
    expect(given.body.current.shareWithDayCare).toBe(true);
    const me = (await worker.get('/api/session')).body.user;
    const [record] = given.body.records;
    expect(record).toMatchObject({
      memberId: parentId,
      purpose: 'shareWithDayCare',
      givenOn: '2026-10-30',
      recordedBy: me.id,
      givenAt: expect.any(String),
    });

    const withdrawn = await worker.post(`/api/families/${familyId}/consents/${record.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.current.shareWithDayCare).toBe(false);
    expect(withdrawn.body.records).toEqual([
      { ...record, withdrawnAt: expect.any(String), withdrawnBy: me.id },
    ]);
    expect((await worker.post(`/api/families/${familyId}/consents/${record.id}/withdraw`)).status).toBe(409);
  });

  it('refuses an unknown purpose, an unknown member, a future date and a non-worker', async () => {
    const { familyId, parentId } = await familyOnPathway();
    const unknown = await give(familyId, parentId, 'sellData');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('purpose');
    expect((await give(familyId, 'nobody', 'gpLetter')).status).toBe(404);
    const future = await give(familyId, parentId, 'gpLetter', '2999-01-01');
    expect(future.status).toBe(422);
    expect(future.body.errors).toEqual([{ path: 'givenOn', message: 'Må ikke ligge i fremtiden' }]);
    expect((await worker.post(`/api/families/${familyId}/consents/nope/withdraw`)).status).toBe(404);
    const editor = createClient(server.url);
    await editor.login('redaktoer');
    expect((await editor.get(`/api/families/${familyId}/consents`)).status).toBe(403);
    expect(
      (
        await editor.post(`/api/families/${familyId}/consents`, {
          memberId: parentId,
          purpose: 'gpLetter',
          givenOn: '2026-11-01',
        })
      ).status,
    ).toBe(403);
  });

  it('guards a transition: the letter to the GP is written only with a consent that is not withdrawn', async () => {
    const withConsent = await familyOnPathway();
    await give(withConsent.familyId, withConsent.parentId, 'gpLetter');
    const decided = await worker.post(`/api/pathways/${withConsent.pathwayId}/events`, { type: 'DECIDE' });
    expect(decided.status).toBe(200);
    expect(await stateOf(withConsent.pathwayId)).toBe('letterToGp');

    const withdrawn = await familyOnPathway();
    const given = await give(withdrawn.familyId, withdrawn.parentId, 'gpLetter');
    await worker.post(`/api/families/${withdrawn.familyId}/consents/${given.body.records[0].id}/withdraw`);
    await worker.post(`/api/pathways/${withdrawn.pathwayId}/events`, { type: 'DECIDE' });
    expect(await stateOf(withdrawn.pathwayId)).toBe('noLetter');
  });

  it('moves a waiting pathway as soon as the consent is given (CONSENTS_CHANGED), and logs who looked', async () => {
    const { familyId, parentId, pathwayId } = await familyOnPathway();
    await give(familyId, parentId, 'teamDiscussionAnonymous');
    expect(await stateOf(pathwayId)).toBe('decide');
    await give(familyId, parentId, 'teamDiscussionNamed');
    expect(await stateOf(pathwayId)).toBe('teamByName');
    // The history keeps the consents each step saw, so the state can be rebuilt from it.
    const instance = (await server.storage.getFamily(familyId))!.pathways[pathwayId]!;
    expect(instance.history.map((h) => h.event.type)).toEqual(['CONSENTS_CHANGED', 'CONSENTS_CHANGED']);
    expect(instance.history[1]!.event.consents).toMatchObject({ teamDiscussionNamed: true, gpLetter: false });

    await worker.get(`/api/families/${familyId}/consents`);
    const lines = (await readFile(join(server.dataDir, 'access.log'), 'utf8')).trim().split('\n');
    const entries = lines.map((l) => JSON.parse(l)).filter((e) => e.resource === `consents:${familyId}`);
    expect(entries.map((e) => [e.action, e.memberIds])).toEqual([
      ['write', [parentId]],
      ['write', [parentId]],
      ['read', undefined],
    ]);
  });
});
