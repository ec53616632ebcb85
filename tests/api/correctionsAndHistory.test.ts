import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildSnapshot } from '../../server/services/rebuildSnapshot';
import {
  createClient,
  startD1,
  startD1InCourse,
  startTestServer,
  validExample,
  type Client,
  type TestServer,
} from './startTestServer';

let clock = new Date('2027-01-10T08:00:00Z');
let server: TestServer;
let client: Client;
beforeAll(async () => {
  server = await startTestServer({ now: () => clock, schedulerIntervalMs: 0 });
  client = createClient(server.url);
  await client.login();
});
afterAll(() => server.dispose());

const inCourse = () => startD1InCourse(client);

describe('corrections', () => {
  it('add a new version of a submission, linked to the old, with who, when and why; the old one is kept', async () => {
    const { family, pathway } = await inCourse();
    const adbb = (
      await client.post(`/api/pathways/${pathway.id}/submissions`, {
        formId: 'F07-adbb',
        data: await validExample('F07-adbb', 1),
      })
    ).body;
    clock = new Date('2027-01-10T08:10:00Z');
    const data = { ...(await validExample('F07-adbb', 1)), overCutoffAssessment: false };
    const reply = await client.post(`/api/submissions/${adbb.submission.id}/corrections`, {
      data,
      reason: 'Forkert markeret ved indtastning',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.submission).toMatchObject({
      corrects: adbb.submission.id,
      correctionReason: 'Forkert markeret ved indtastning',
      formVersion: 1,
      submittedAt: '2027-01-10T08:10:00.000Z',
    });
    expect((await client.get(`/api/submissions/${adbb.submission.id}`)).body.data.overCutoffAssessment).toBe(
      true,
    );
    const stored = (await server.storage.getFamily(family.id))!;
    expect(stored.pathways[pathway.id]!.snapshot.context.answers['F07-adbb']).toMatchObject({
      overCutoffAssessment: false,
      overCutoff: false,
    });
    expect((await client.get(`/api/families/${family.id}/timeline`)).body[0]).toMatchObject({
      kind: 'correction',
      submissionId: reply.body.submission.id,
    });
  });

  it('are refused for a submission already corrected, and for data the form does not accept', async () => {
    const { pathway } = await inCourse();
    const adbb = (
      await client.post(`/api/pathways/${pathway.id}/submissions`, {
        formId: 'F07-adbb',
        data: await validExample('F07-adbb'),
      })
    ).body;
    expect(
      (
        await client.post(`/api/submissions/${adbb.submission.id}/corrections`, {
          data: { instrumentVersion: 'nine' },
          reason: 'x',
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await client.post(`/api/submissions/${adbb.submission.id}/corrections`, {
          data: await validExample('F07-adbb'),
          reason: '',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await client.post(`/api/submissions/${adbb.submission.id}/corrections`, {
          data: await validExample('F07-adbb'),
          reason: 'Dato',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await client.post(`/api/submissions/${adbb.submission.id}/corrections`, {
          data: await validExample('F07-adbb'),
          reason: 'Igen',
        })
      ).status,
    ).toBe(409);
    expect(
      (await client.post('/api/submissions/unknown/corrections', { data: {}, reason: 'x' })).status,
    ).toBe(404);
  });
});

describe('the history of a pathway', () => {
  it('rebuilds the stored state exactly: start, submissions, birth, corrections and sub-pathway events replayed in order', async () => {
    const { family, pathway } = await inCourse();
    const adbb = (
      await client.post(`/api/pathways/${pathway.id}/submissions`, {
        formId: 'F07-adbb',
        data: await validExample('F07-adbb', 1),
      })
    ).body;
    await client.post(`/api/submissions/${adbb.submission.id}/corrections`, {
      data: await validExample('F07-adbb'),
      reason: 'Rettelse',
    });
    await client.post(`/api/pathways/${pathway.id}/events`, { type: 'REFER' });
    await client.post(`/api/pathways/${pathway.id}/submissions`, {
      formId: 'F05-visit',
      data: await validExample('F05-visit'),
    });
    const aggregate = (await server.storage.getFamily(family.id))!;
    const instance = aggregate.pathways[pathway.id]!;
    const workflow = server.catalog.library.getWorkflow(instance.workflow.id, instance.workflow.version)!;
    expect(instance.history.map((h) => h.event.type)).toEqual([
      'FORM_SUBMITTED',
      'FORM_SUBMITTED',
      'FORM_SUBMITTED',
      'CHILD_BORN',
      'FORM_SUBMITTED',
      'SUBMISSION_CORRECTED',
      'REFER',
      'FORM_SUBMITTED',
    ]);
    expect(rebuildSnapshot(workflow, instance, aggregate.submissions)).toEqual(instance.snapshot);
  });
});

describe('districts', () => {
  it('narrow the team worklist to one district', async () => {
    const north = (
      await client.post('/api/families', {
        district: 'Nord',
        members: [{ role: 'child', name: 'Nordbarn', birthDate: '2026-12-01' }],
      })
    ).body;
    const pathway = await startD1(client, north.id, north.members[0].id);
    for (const formId of ['F01-family-registration', 'F03-offer-response', 'F02-consent']) {
      await client.post(`/api/pathways/${pathway.id}/submissions`, {
        formId,
        data: await validExample(formId),
      });
    }
    const items = (await client.get('/api/worklist?scope=team&district=Nord')).body.items as {
      familyId: string;
    }[];
    expect(new Set(items.map((i) => i.familyId))).toEqual(new Set([north.id]));
    expect(((await client.get('/api/worklist?scope=team')).body.items as unknown[]).length).toBeGreaterThan(
      items.length,
    );
  });
});
