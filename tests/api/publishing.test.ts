import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords';
import type { FamilyAggregate } from '../../server/storage/types';
import { copyFamilies, makeTemplateFamily } from '../bench/seedFamilies';
import { join } from 'node:path';
import type { RunningServer } from '../../server/startServer';
import { loggedIn, startStoreServer, stores, type StoreServer } from './definitionServers';
import { createPregnantFamily, startD1, validExample, type Client, type TestServer } from './startTestServer';

const F01 = 'F01-family-registration';
const draftPath = (kind: string, id: string) => `/api/definition-drafts/${kind}/${id}`;

describe.each(stores)('publishing definitions on %s', (store) => {
  let server: TestServer;
  let editor: Client;
  let admin: Client;
  let admin2: Client;
  let worker: Client;
  beforeAll(async () => {
    server = await startStoreServer(store);
    await server.storage.putUser({
      id: 'second-admin',
      username: 'administrator2',
      name: 'Anden Administrator',
      roles: ['administrator'],
      team: 'administration',
      passwordHash: await hashPassword('demo-administrator2'),
    });
    editor = await loggedIn(server.url, 'redaktoer');
    admin = await loggedIn(server.url, 'administrator');
    admin2 = await loggedIn(server.url, 'administrator2');
    worker = await loggedIn(server.url, 'sundhedsplejerske');
  }, 60_000);
  afterAll(() => server.dispose());

  const put = (
    client: Client,
    kind: string,
    id: string,
    content: unknown,
    revision: number,
    scenarios?: unknown[],
  ) =>
    client.request(
      'PUT',
      draftPath(kind, id),
      { content, ...(scenarios ? { scenarios } : {}) },
      {
        'if-match': `"${revision}"`,
      },
    );
  const act = (
    client: Client,
    kind: string,
    id: string,
    action: string,
    revision: number,
    comment = 'Fordi',
  ) => client.post(`${draftPath(kind, id)}/${action}`, { comment }, { 'if-match': `"${revision}"` });
  /** Draft → review → publish by an administrator; returns the publish reply. */
  const publish = async (kind: string, id: string, content: unknown, scenarios?: unknown[]) => {
    const saved = await put(editor, kind, id, content, 0, scenarios);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const submitted = await act(editor, kind, id, 'submit', 1, 'Klar til godkendelse');
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    return act(admin, kind, id, 'publish', 2, 'Udgivet');
  };
  const latest = async (kind: 'form' | 'workflow', id: string) => {
    const list = (await editor.get(kind === 'form' ? '/api/forms' : '/api/workflows')).body as {
      id: string;
      version: number;
    }[];
    return list.find((d) => d.id === id)?.version;
  };

  it('records the seeded versions as published, seeded from files', async () => {
    const history = (await editor.get(`/api/definitions/form/${F01}/history`)).body;
    expect(history).toEqual([
      expect.objectContaining({
        action: 'seeded',
        version: 1,
        comment: expect.stringContaining('seeded from files'),
      }),
    ]);
    const versions = (await worker.get(`/api/definitions/workflow/ishoej.d1/versions`)).body;
    expect(versions).toEqual([expect.objectContaining({ version: 1, status: 'published', offered: true })]);
  });

  it('publishes v2 while families run on v1: they stay on v1, new ones start on v2, old answers keep their form', async () => {
    // A family on v1 with the registration filled in on form v1.
    const { family, child } = await createPregnantFamily(worker);
    const old = await startD1(worker, family.id, child.id);
    const oldAnswer = await worker.post(`/api/pathways/${old.id}/submissions`, {
      formId: F01,
      data: await validExample(F01),
    });
    expect(oldAnswer.status).toBe(201);

    // A safe change of F01 (a new optional field) and of the pathway, which now takes F01 v2.
    const form = (await editor.get(`/api/forms/${F01}/versions/1`)).body;
    form.schema.properties.note = { type: 'string', title: 'Bemærkning' };
    const formPublished = await publish('form', F01, form);
    expect(formPublished.status, JSON.stringify(formPublished.body)).toBe(200);
    expect(formPublished.body).toMatchObject({ version: 2, classification: { level: 'safe' } });
    expect(await latest('form', F01)).toBe(2);
    // Publishing the form alone does not move the pathway: it still pins v1.
    expect((await editor.get('/api/workflows/ishoej.d1/versions/1')).body.forms[F01]).toBe(1);

    const workflow = (await editor.get('/api/workflows/ishoej.d1/versions/1')).body;
    delete workflow.forms[F01]; // unpinned: takes the latest published at publish time
    workflow.title = { ...workflow.title, da: `${workflow.title.da} (ny version)` };
    const published = await publish('workflow', 'ishoej.d1', workflow);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toMatchObject({ version: 2 });
    const v2 = (await editor.get('/api/workflows/ishoej.d1/versions/2')).body;
    expect(v2.forms[F01]).toBe(2);
    expect(await latest('workflow', 'ishoej.d1')).toBe(2);

    // The v1 family goes on on v1 with form v1; a new family starts on v2 and fills in form v2.
    const next = await worker.post(`/api/pathways/${old.id}/submissions`, {
      formId: 'F03-offer-response',
      data: await validExample('F03-offer-response'),
    });
    expect(next.status, JSON.stringify(next.body)).toBe(201);
    const oldView = (await worker.get(`/api/pathways/${old.id}`)).body;
    expect(oldView.workflow).toMatchObject({ id: 'ishoej.d1', version: 1 });

    const fresh = await createPregnantFamily(worker);
    const started = await startD1(worker, fresh.family.id, fresh.child.id);
    const newView = (await worker.get(`/api/pathways/${started.id}`)).body;
    expect(newView.workflow).toMatchObject({ id: 'ishoej.d1', version: 2 });
    const newAnswer = await worker.post(`/api/pathways/${started.id}/submissions`, {
      formId: F01,
      data: { ...(await validExample(F01)), note: 'Ny' },
    });
    expect(newAnswer.status, JSON.stringify(newAnswer.body)).toBe(201);

    const oldSubmission = (await worker.get(`/api/submissions/${oldAnswer.body.submission.id}`)).body;
    const newSubmission = (await worker.get(`/api/submissions/${newAnswer.body.submission.id}`)).body;
    expect(oldSubmission).toMatchObject({ formId: F01, formVersion: 1 });
    expect(newSubmission).toMatchObject({ formId: F01, formVersion: 2, data: { note: 'Ny' } });
    expect((await worker.get(`/api/forms/${F01}/versions/1`)).body.schema.properties.note).toBeUndefined();

    // The diff between the two published versions, classified, with release notes in Danish.
    const diff = await editor.get(`/api/definitions/form/${F01}/diff?from=1&to=2`);
    expect(diff.body).toMatchObject({
      classification: { level: 'safe' },
      diff: { kind: 'form', fromVersion: 1, toVersion: 2 },
      releaseNotes: { da: ['Nyt felt "Bemærkning".'] },
    });
    expect((await editor.get(`/api/definitions/form/${F01}/diff?from=1&to=draft`)).status).toBe(404);
    expect((await worker.get(`/api/definitions/form/${F01}/diff?from=1&to=2`)).status).toBe(403);
  });

  it('refuses to send a draft with problems for review, listing them', async () => {
    const form = (await editor.get('/api/forms/F04-inclusion/versions/1')).body;
    delete form.title.en;
    await put(editor, 'form', 'F04-inclusion', form, 0);
    const refused = await act(editor, 'form', 'F04-inclusion', 'submit', 1);
    expect(refused.status).toBe(422);
    expect(refused.body.reasons).toEqual([expect.stringContaining('/title')]);
    expect((await editor.get(draftPath('form', 'F04-inclusion'))).body.status).toBe('draft');
  });

  it('blocks a breaking change without a second administrator’s approval (four eyes)', async () => {
    // Removing a choice code loses the meaning of stored answers: breaking.
    const form = (await editor.get('/api/forms/F03-offer-response/versions/1')).body;
    const channel = form.schema.properties.channel as { oneOf: { const: string }[] };
    channel.oneOf = channel.oneOf.filter((o) => o.const !== 'aula');
    const refused = await publish('form', 'F03-offer-response', form);
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toContain('anden administrator');
    expect(refused.body.reasons.join(' ')).toContain('channel');
    // The publisher's own approval does not count; the draft's last editor may not approve at all.
    expect((await act(admin, 'form', 'F03-offer-response', 'approve', 2)).status).toBe(200);
    expect((await act(admin, 'form', 'F03-offer-response', 'publish', 3)).status).toBe(422);
    expect((await act(admin2, 'form', 'F03-offer-response', 'approve', 3, 'Set og godkendt')).status).toBe(
      200,
    );
    const published = await act(admin, 'form', 'F03-offer-response', 'publish', 4);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toMatchObject({ version: 2, classification: { level: 'breaking' } });
    const history = (await editor.get('/api/definitions/form/F03-offer-response/history')).body as {
      action: string;
      by: { name: string };
      comment: string;
    }[];
    expect(history.map((e) => e.action)).toEqual([
      'seeded',
      'created',
      'submitted',
      'approved',
      'approved',
      'published',
    ]);
    expect(history[4]).toMatchObject({ by: { name: 'Anden Administrator' }, comment: 'Set og godkendt' });
  });

  it('follows the review steps: only administrators publish, a draft in review is locked, reject sends it back', async () => {
    const form = (await editor.get('/api/forms/F02-consent/versions/1')).body;
    form.title = { ...form.title, da: 'Samtykke (rettet)' };
    await put(editor, 'form', 'F02-consent', form, 0);
    expect((await act(editor, 'form', 'F02-consent', 'submit', 1, '')).status).toBe(400); // a comment is required
    expect((await act(editor, 'form', 'F02-consent', 'submit', 1)).status).toBe(200);
    expect((await put(editor, 'form', 'F02-consent', form, 2)).status).toBe(409);
    const discard = await editor.request('DELETE', draftPath('form', 'F02-consent'), undefined, {
      'if-match': '"2"',
    });
    expect(discard.status).toBe(409);
    expect((await act(editor, 'form', 'F02-consent', 'publish', 2)).status).toBe(403);
    expect((await act(editor, 'form', 'F02-consent', 'approve', 2)).status).toBe(403);
    expect((await act(admin, 'form', 'F02-consent', 'publish', 1)).status).toBe(412);
    const rejected = await act(admin, 'form', 'F02-consent', 'reject', 2, 'Titlen skal være kortere');
    expect(rejected.body).toMatchObject({ status: 'draft', revision: 3 });
    expect((await put(editor, 'form', 'F02-consent', form, 3)).status).toBe(200);
  });

  it('refuses a workflow whose lint has errors or whose scenarios fail, with the reasons', async () => {
    const workflow = (await editor.get('/api/workflows/referral/versions/1')).body;
    workflow.machine.states.orphan = { type: 'final' };
    const refused = await publish('workflow', 'referral', workflow);
    expect(refused.status).toBe(422);
    expect(refused.body.reasons).toEqual(expect.arrayContaining([expect.stringContaining('orphan')]));

    // Back to editing; the lint is clean now, but a scenario saved with the pathway does not replay green.
    expect((await act(admin, 'workflow', 'referral', 'reject', 2, 'Tilstanden kan ikke nås')).status).toBe(
      200,
    );
    delete workflow.machine.states.orphan;
    const scenario = (endState: string[]) => ({
      id: 'just-started',
      name: 'Netop startet',
      family: {
        members: [
          { role: 'mother', name: 'Mor' },
          { role: 'child', name: 'Barn', birthDate: '2026-10-01' },
        ],
      },
      subjectIndex: 1,
      startDate: '2027-01-01',
      steps: [],
      expected: { path: ['registering'], endState },
    });
    expect((await put(editor, 'workflow', 'referral', workflow, 3, [scenario(['completed'])])).status).toBe(
      200,
    );
    expect((await act(editor, 'workflow', 'referral', 'submit', 4)).status).toBe(200);
    const red = await act(admin, 'workflow', 'referral', 'publish', 5);
    expect(red.status).toBe(422);
    expect(red.body.reasons).toEqual([expect.stringContaining("Scenariet 'Netop startet' fejler")]);

    expect((await act(admin, 'workflow', 'referral', 'reject', 5, 'Ret scenariet')).status).toBe(200);
    expect((await put(editor, 'workflow', 'referral', workflow, 6, [scenario(['registering'])])).status).toBe(
      200,
    );
    expect((await act(editor, 'workflow', 'referral', 'submit', 7)).status).toBe(200);
    const green = await act(admin, 'workflow', 'referral', 'publish', 8);
    expect(green.status, JSON.stringify(green.body)).toBe(200);
    const versions = (await editor.get('/api/definitions/workflow/referral/versions')).body;
    expect(versions[1]).toMatchObject({ version: 2, scenarios: 1, action: 'published', comment: 'Fordi' });
    expect((await editor.get(draftPath('workflow', 'referral'))).status).toBe(404);
  });

  it('refuses a workflow that would break a published pathway that starts it', async () => {
    const workflow = (await editor.get('/api/workflows/hedensted.extendedVisit/versions/1')).body;
    workflow.parameters.ageMonths.schema.enum = [18, 24]; // extendedVisits.programme starts it with 36
    const refused = await publish('workflow', 'hedensted.extendedVisit', workflow);
    expect(refused.status).toBe(422);
    expect(refused.body.reasons).toEqual([
      expect.stringMatching(/^workflow:extendedVisits\.programme@1 ville ikke længere kunne indlæses/),
    ]);
    expect(await latest('workflow', 'hedensted.extendedVisit')).toBe(1);
  });

  it('rolls back to an earlier version as a new version, and retires a version', async () => {
    const rollback = await admin.post(`/api/definitions/form/${F01}/versions/1/rollback`, {
      comment: 'Feltet giver problemer',
    });
    expect(rollback.status, JSON.stringify(rollback.body)).toBe(200);
    expect(rollback.body).toMatchObject({ version: 3 });
    const v3 = (await editor.get(`/api/forms/${F01}/versions/3`)).body;
    const v1 = (await editor.get(`/api/forms/${F01}/versions/1`)).body;
    expect({ ...v3, version: 1 }).toEqual(v1);
    expect(
      (await editor.post(`/api/definitions/form/${F01}/versions/1/rollback`, { comment: 'x' })).status,
    ).toBe(403);

    // Retire ishoej.d1 v2: new pathways start on v1 again; a pathway on v2 goes on.
    const { family, child } = await createPregnantFamily(worker);
    const onV2 = await startD1(worker, family.id, child.id);
    const retired = await admin.post('/api/definitions/workflow/ishoej.d1/versions/2/retire', {
      comment: 'Fejl i den nye version',
    });
    expect(retired.status).toBe(200);
    expect(await latest('workflow', 'ishoej.d1')).toBe(1);
    const again = await createPregnantFamily(worker);
    const onV1 = await startD1(worker, again.family.id, again.child.id);
    expect((await worker.get(`/api/pathways/${onV1.id}`)).body.workflow.version).toBe(1);
    const goesOn = await worker.post(`/api/pathways/${onV2.id}/submissions`, {
      formId: F01,
      data: await validExample(F01),
    });
    expect(goesOn.status).toBe(201);
    const all = (await editor.get('/api/definitions?kind=workflow')).body as { id: string }[];
    expect(all.find((d) => d.id === 'ishoej.d1')).toMatchObject({
      kind: 'workflow',
      latestVersion: 2,
      offeredVersion: 1,
      versions: 2,
      draft: null,
    });
    expect((await editor.get('/api/definitions?kind=form')).body).toContainEqual(
      expect.objectContaining({ id: F01, latestVersion: 3, offeredVersion: 3 }),
    );
    const versions = (await editor.get('/api/definitions/workflow/ishoej.d1/versions')).body;
    expect(versions).toMatchObject([
      { version: 1, status: 'published', offered: true },
      { version: 2, status: 'retired', offered: false },
    ]);
  });
});

describe.each(stores)('1,000 running instances on %s', (store) => {
  let server: TestServer;
  let template: Awaited<ReturnType<typeof makeTemplateFamily>>;
  beforeAll(async () => {
    template = await makeTemplateFamily();
    server = await startStoreServer(store);
  }, 60_000);
  afterAll(() => server.dispose());

  it('survive publishing v2 untouched, and go on on v1', { timeout: 120_000 }, async () => {
    const worker = await loggedIn(server.url, 'sundhedsplejerske');
    const admin = await loggedIn(server.url, 'administrator');
    const editor = await loggedIn(server.url, 'redaktoer');
    const me = (await worker.get('/api/session')).body.user.id as string;
    const families = [...copyFamilies(template.aggregate, 1000, me)];
    await server.storage.importFamilies(families);
    const ids = families.map((f) => f.family.id);
    const snapshot = async () =>
      Promise.all(ids.map(async (id) => JSON.stringify(await server.storage.getFamily(id))));
    const before = await snapshot();
    const versions = before.flatMap((json) =>
      Object.values((JSON.parse(json) as FamilyAggregate).pathways).map((p) => p.workflow.version),
    );
    expect(versions).toEqual(Array(1000).fill(1));

    const workflow = (await editor.get('/api/workflows/ishoej.d1/versions/1')).body;
    workflow.title = { ...workflow.title, da: `${workflow.title.da} (v2)` };
    await editor.request(
      'PUT',
      draftPath('workflow', 'ishoej.d1'),
      { content: workflow },
      { 'if-match': '"0"' },
    );
    await editor.post(
      `${draftPath('workflow', 'ishoej.d1')}/submit`,
      { comment: 'Ny titel' },
      { 'if-match': '"1"' },
    );
    const published = await admin.post(
      `${draftPath('workflow', 'ishoej.d1')}/publish`,
      { comment: 'Ny titel' },
      { 'if-match': '"2"' },
    );
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.version).toBe(2);

    expect(await snapshot()).toEqual(before);
    // One of them is worked on after the publish: it stays on v1.
    const familyId = ids[500]!;
    const pathwayId = Object.keys(families[500]!.pathways)[0]!;
    const view = (await worker.get(`/api/pathways/${pathwayId}`)).body;
    const formId = view.formsDue[0].formId as string;
    const submitted = await worker.post(`/api/pathways/${pathwayId}/submissions`, {
      formId,
      data: await validExample(formId),
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const after = await server.storage.getFamily(familyId);
    expect(after!.pathways[pathwayId]!.workflow.version).toBe(1);
    expect(after!.submissions[submitted.body.submission.id]).toMatchObject({ formId, formVersion: 1 });
  });
});

describe('two server processes on one PostgreSQL database', () => {
  let a: StoreServer;
  let b: RunningServer;
  beforeAll(async () => {
    a = await startStoreServer('postgres');
    b = await a.startAnother(join(a.dataDir, 'b'));
  }, 60_000);
  afterAll(async () => {
    await b.close();
    await a.dispose();
  });

  it('a version published by one is offered and found by the other', async () => {
    const editor = await loggedIn(a.url, 'redaktoer');
    const admin = await loggedIn(a.url, 'administrator');
    const workerB = await loggedIn(b.url, 'sundhedsplejerske');
    const workflow = (await editor.get('/api/workflows/ishoej.d1/versions/1')).body;
    workflow.title = { ...workflow.title, da: `${workflow.title.da} (fra A)` };
    await editor.request(
      'PUT',
      draftPath('workflow', 'ishoej.d1'),
      { content: workflow },
      { 'if-match': '"0"' },
    );
    await editor.post(
      `${draftPath('workflow', 'ishoej.d1')}/submit`,
      { comment: 'Klar' },
      { 'if-match': '"1"' },
    );
    const published = await admin.post(
      `${draftPath('workflow', 'ishoej.d1')}/publish`,
      { comment: 'Ud' },
      { 'if-match': '"2"' },
    );
    expect(published.status).toBe(200);

    // B has not loaded v2: a lookup reads the store, and a new pathway on B starts on v2.
    expect((await workerB.get('/api/workflows/ishoej.d1/versions/2')).body.title.da).toContain('(fra A)');
    const { family, child } = await createPregnantFamily(workerB);
    const started = await startD1(workerB, family.id, child.id);
    expect((await workerB.get(`/api/pathways/${started.id}`)).body.workflow.version).toBe(2);
    const listed = (await workerB.get('/api/workflows')).body.find(
      (w: { id: string }) => w.id === 'ishoej.d1',
    );
    expect(listed.version).toBe(2);
  });
});
