import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  createPregnantFamily,
  startD1,
  startTestServer,
  validExample,
  type Client,
  type TestServer,
} from './startTestServer';

let server: TestServer;
let client: Client;

beforeAll(async () => {
  server = await startTestServer();
  client = createClient(server.url);
  await client.login();
});
afterAll(() => server.dispose());

const submit = (pathwayId: string, formId: string, data: unknown, headers?: Record<string, string>) =>
  client.post(`/api/pathways/${pathwayId}/submissions`, { formId, data }, headers);

describe('the Ishøj D1 pathway over HTTP', () => {
  it('walks a pregnant family from registration to the extra pregnancy visit and shows the next step with its due date', async () => {
    const { family, child } = await createPregnantFamily(client, '2027-03-01');
    const pathway = await startD1(client, family.id, child.id);
    expect(pathway.formsDue.map((f) => f.formId)).toEqual(['F01-family-registration']);

    expect(
      (await submit(pathway.id, 'F01-family-registration', await validExample('F01-family-registration')))
        .status,
    ).toBe(201);
    const offer = await submit(pathway.id, 'F03-offer-response', await validExample('F03-offer-response'));
    expect(offer.status).toBe(201);
    expect(offer.body.pathway.steps.map((s: { state: string }) => s.state)).toEqual(['consent']);

    const consent = await submit(pathway.id, 'F02-consent', await validExample('F02-consent'));
    expect(consent.body.pathway.steps).toEqual([
      expect.objectContaining({
        state: 'course.visits.extraPregnancyVisit',
        due: expect.objectContaining({ dueDate: '2027-03-01' }),
      }),
      expect.objectContaining({ state: 'course.screening.awaitingBirth' }),
    ]);

    const visit = await submit(pathway.id, 'F05-visit', await validExample('F05-visit'));
    expect(visit.status).toBe(201);
    expect(visit.body.submission).toMatchObject({ formId: 'F05-visit', formVersion: 1 });
    const steps = visit.body.pathway.steps as {
      state: string;
      title: { da: string };
      due?: { dueDate: string };
    }[];
    expect(steps[0]).toMatchObject({ state: 'course.visits.awaitingBirth', due: { dueDate: '2027-03-01' } });
    expect(steps[0]!.title.da).toMatch(/fødsel/i);

    const timeline = await client.get(`/api/families/${family.id}/timeline`);
    const kinds = (timeline.body as { kind: string }[]).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'submission')).toHaveLength(4);
    expect(kinds).toContain('pathway-started');
    expect(kinds.at(-1)).toBe('family-created');
  });

  it('moves the child on to the 3-month visit and the 2-month ADBB when the birth is registered', async () => {
    const { family, child } = await createPregnantFamily(client, '2027-03-01');
    const pathway = await startD1(client, family.id, child.id);
    for (const formId of ['F01-family-registration', 'F03-offer-response', 'F02-consent']) {
      await submit(pathway.id, formId, await validExample(formId));
    }
    const born = await client.post(`/api/families/${family.id}/members/${child.id}/birth`, {
      birthDate: '2026-11-02',
    });
    expect(born.status).toBe(200);
    const view = (await client.get(`/api/pathways/${pathway.id}`)).body;
    expect(view.due).toEqual([
      expect.objectContaining({ state: 'course.screening.adbb2m', dueDate: '2027-01-02' }),
      expect.objectContaining({
        state: 'course.visits.visit3m',
        dueDate: '2027-02-02',
        windowStart: '2027-01-19',
        windowEnd: '2027-02-16',
      }),
    ]);
    expect(view.formsDue.map((f: { formId: string }) => f.formId).sort()).toEqual(
      ['F05-visit', 'F07-adbb', 'F15-parent-competence-d1', 'F17-novax-d1'].sort(),
    );
  });

  it('ends the pathway as declined when the family declines the offer', async () => {
    const { family, child } = await createPregnantFamily(client);
    const pathway = await startD1(client, family.id, child.id);
    await submit(pathway.id, 'F01-family-registration', await validExample('F01-family-registration'));
    const declined = await submit(
      pathway.id,
      'F03-offer-response',
      await validExample('F03-offer-response', 2),
    );
    expect(declined.body.pathway).toMatchObject({
      status: 'done',
      finalState: { state: 'declined' },
      formsDue: [],
    });
  });

  it('pins the pathway to the workflow and form versions it started on, with content hashes', async () => {
    const { family, child } = await createPregnantFamily(client);
    const pathway = await startD1(client, family.id, child.id);
    const stored = (await server.storage.getFamily(family.id))!.pathways[pathway.id]!;
    expect(stored.workflow).toMatchObject({
      id: 'ishoej.d1',
      version: 1,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(Object.keys(stored.forms).sort()).toContain('F07-adbb');
    expect(stored.forms['F07-adbb']).toMatchObject({
      version: 1,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });
});
