import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createUser, startTestServer, validExample, type TestServer } from './startTestServer';

describe('forms filled outside any family (organisation records)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ schedulerIntervalMs: 0 });
    await createUser(server, { username: 'kollega', roles: ['sundhedsplejerske'] });
    await createUser(server, { username: 'leder', roles: ['ledende_sundhedsplejerske'] });
    await createUser(server, { username: 'andet-team', roles: ['ledende_sundhedsplejerske'], team: 'andet' });
  });
  afterAll(() => server.dispose());

  it('stores a staff survey answer with the form version it was made with, and shows it to its author as theirs', async () => {
    const hanne = createClient(server.url);
    await hanne.login();
    const reply = await hanne.post('/api/organisation-records', {
      formId: 'F33-staff-survey',
      data: await validExample('F33-staff-survey'),
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ formId: 'F33-staff-survey', formVersion: 2, mine: true });
    expect(reply.body).not.toHaveProperty('submittedBy');
    const own = await hanne.get('/api/organisation-records?formId=F33-staff-survey');
    expect(own.body.map((r: { id: string }) => r.id)).toEqual([reply.body.id]);
  });

  it("lets the lead health visitor see her team's records but a colleague only her own", async () => {
    const colleague = createClient(server.url);
    await colleague.login('kollega', 'demo-kollega');
    await colleague.post('/api/organisation-records', {
      formId: 'F33-staff-survey',
      data: await validExample('F33-staff-survey'),
    });
    const lead = createClient(server.url);
    await lead.login('leder', 'demo-leder');
    const team = await lead.get('/api/organisation-records?formId=F33-staff-survey');
    expect(team.body).toHaveLength(2);
    expect(team.body.every((r: { mine: boolean }) => r.mine === false)).toBe(true);
    expect((await colleague.get('/api/organisation-records')).body).toHaveLength(1);
    const other = createClient(server.url);
    await other.login('andet-team', 'demo-andet-team');
    expect((await other.get('/api/organisation-records')).body).toEqual([]);
  });

  it('names the fields that do not fit the form, and stores nothing', async () => {
    const hanne = createClient(server.url);
    await hanne.login();
    const before = (await hanne.get('/api/organisation-records')).body.length;
    const reply = await hanne.post('/api/organisation-records', {
      formId: 'F33-staff-survey',
      data: { surveyYear: 1999, organisation: 'dayCare' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'profession',
      'surveyYear',
    ]);
    expect((await hanne.get('/api/organisation-records')).body).toHaveLength(before);
  });

  it('refuses a family form (it belongs to a pathway) and an unknown form', async () => {
    const hanne = createClient(server.url);
    await hanne.login();
    const family = await hanne.post('/api/organisation-records', { formId: 'F07-adbb', data: {} });
    expect(family.status).toBe(409);
    const unknown = await hanne.post('/api/organisation-records', { formId: 'F99-nope', data: {} });
    expect(unknown.status).toBe(404);
  });

  it('is closed to project staff, who see no records of staff or families', async () => {
    const editor = createClient(server.url);
    await editor.login('redaktoer');
    expect((await editor.get('/api/organisation-records')).status).toBe(403);
  });
});
