import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/startServer';
import {
  createClient,
  createPregnantFamily,
  startD1,
  startTestServer,
  validExample,
  type TestServer,
} from './startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    parametersFile: 'tests/fixtures/profiles/example-municipality.json',
    schedulerIntervalMs: 0,
  });
});
afterAll(() => server.dispose());

describe("a municipality's parameter values", () => {
  it('change windows and cut-offs without editing the definitions, and stay with the pathway', async () => {
    const client = createClient(server.url);
    await client.login();
    const { family, child } = await createPregnantFamily(client);
    const pathway = await startD1(client, family.id, child.id);
    for (const formId of ['F01-family-registration', 'F03-offer-response', 'F02-consent']) {
      await client.post(`/api/pathways/${pathway.id}/submissions`, {
        formId,
        data: await validExample(formId),
      });
    }
    await client.post(`/api/families/${family.id}/members/${child.id}/birth`, { birthDate: '2026-11-02' });
    const view = (await client.get(`/api/pathways/${pathway.id}`)).body;
    // visitWindowDays 7 instead of the definition's 14: the 3-month visit's window is ±7 days.
    expect(view.due.find((d: { state: string }) => d.state === 'course.visits.visit3m')).toMatchObject({
      dueDate: '2027-02-02',
      windowStart: '2027-01-26',
      windowEnd: '2027-02-09',
    });

    // A total of 3 is over the municipality's ADBB cut-off of 2: computed, not judged by hand, and flagged.
    const adbb = {
      ...(await validExample('F07-adbb')),
      scores: { facialExpression: 1, eyeContact: 1, activityLevel: 1 },
    };
    const reply = await client.post(`/api/pathways/${pathway.id}/submissions`, {
      formId: 'F07-adbb',
      data: adbb,
    });
    expect(reply.status).toBe(201);
    expect(reply.body.submission.computed).toMatchObject({ total: 3, overCutoff: true });
    expect(reply.body.pathway.flags.map((f: { code: string }) => f.code)).toContain('adbb-over-cutoff');
  });

  it("give the dashboard the municipality's planned number of families (K11's denominator)", async () => {
    const lead = createClient(server.url);
    await lead.login('ledende');
    const reply = await lead.get('/api/reports/dashboard?programme=hedensted');
    expect(reply.status).toBe(200);
    const k11 = (reply.body as { kpiId: string; result: { total: { denominator: number } } }[]).find(
      (entry) => entry.kpiId === 'K11',
    );
    expect(k11?.result.total.denominator).toBe(120);
  });

  it('are checked against the declared parameters when the server starts', async () => {
    await expect(
      startServer({
        port: 0,
        dataDir: `${server.dataDir}-broken`,
        parametersFile: 'tests/fixtures/profiles/broken.json',
      }),
    ).rejects.toThrow(/visitWindowDays[\s\S]*noSuchParameter[\s\S]*F99-missing/);
  });
});
