import { hashPassword } from '../../server/auth/passwords';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  createPregnantFamily,
  startD1,
  startD1InCourse,
  startTestServer,
  validExample,
  type Client,
  type TestServer,
} from './startTestServer';

const clock = new Date('2027-01-10T08:00:00Z');
let server: TestServer;
let hanne: Client;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock, schedulerIntervalMs: 0 });
  hanne = createClient(server.url);
  await hanne.login();
});
afterAll(() => server.dispose());

const familyInCourse = (client: Client, birthDate: string) => startD1InCourse(client, birthDate);

describe("the health visitor's worklist", () => {
  it('sorts her dated steps by due date into overdue, today, this week and upcoming', async () => {
    const late = await familyInCourse(hanne, '2026-10-01'); // ADBB 2 m due 2026-12-01: past the window
    const now = await familyInCourse(hanne, '2026-11-10'); // ADBB 2 m due 2027-01-10: today
    const soon = await familyInCourse(hanne, '2026-11-14'); // ADBB 2 m due 2027-01-14: this week
    const { items, today } = (await hanne.get('/api/worklist')).body as {
      today: string;
      items: {
        familyId: string;
        state: string;
        bucket: string;
        dueDate: string;
        familyName: string;
        workflowTitle: { da: string };
      }[];
    };
    expect(today).toBe('2027-01-10');
    const adbb = (familyId: string) =>
      items.find((i) => i.familyId === familyId && i.state === 'course.screening.adbb2m');
    expect(adbb(late.family.id)).toMatchObject({ bucket: 'overdue', dueDate: '2026-12-01' });
    expect(adbb(now.family.id)).toMatchObject({
      bucket: 'today',
      dueDate: '2027-01-10',
      familyName: 'Familien Sara Jensen',
    });
    expect(adbb(soon.family.id)).toMatchObject({ bucket: 'week', dueDate: '2027-01-14' });
    expect(items.map((i) => i.dueDate)).toEqual([...items.map((i) => i.dueDate)].sort());
    expect(items.every((i) => i.workflowTitle.da.startsWith('Delindsats 1'))).toBe(true);

    const overdue = (await hanne.get('/api/worklist?bucket=overdue')).body.items as { familyId: string }[];
    expect(new Set(overdue.map((i) => i.familyId))).toEqual(new Set([late.family.id]));
    expect((await hanne.get('/api/worklist?bucket=someday')).status).toBe(400);
  });

  it('drops a step from the list once its form is in, and shows the next one', async () => {
    const { family, pathway } = await familyInCourse(hanne, '2026-11-10');
    const before = (await hanne.get('/api/worklist')).body.items as { familyId: string; state: string }[];
    expect(before.filter((i) => i.familyId === family.id).map((i) => i.state)).toContain(
      'course.screening.adbb2m',
    );
    await hanne.post(`/api/pathways/${pathway.id}/submissions`, {
      formId: 'F07-adbb',
      data: await validExample('F07-adbb'),
    });
    const after = (await hanne.get('/api/worklist')).body.items as {
      familyId: string;
      state: string;
      dueDate: string;
    }[];
    const mine = after.filter((i) => i.familyId === family.id);
    expect(mine.map((i) => i.state)).not.toContain('course.screening.adbb2m');
    expect(mine.find((i) => i.state === 'course.screening.adbb4m')?.dueDate).toBe('2027-03-10');
  });

  it("shows a colleague's families only in the team view, and each worker her own caseload", async () => {
    await server.storage.putUser({
      id: 'colleague-anne',
      username: 'anne',
      name: 'Anne Sundhedsplejerske',
      roles: ['sundhedsplejerske'],
      team: 'sundhedsplejen-ishoej',
      passwordHash: await hashPassword('anne-password'),
    });
    const anne = createClient(server.url);
    await anne.login('anne', 'anne-password');
    const theirs = await familyInCourse(anne, '2026-11-20');
    const mine = (await hanne.get('/api/worklist')).body.items as { familyId: string }[];
    expect(mine.some((i) => i.familyId === theirs.family.id)).toBe(false);
    const team = (await hanne.get('/api/worklist?scope=team')).body.items as { familyId: string }[];
    expect(team.some((i) => i.familyId === theirs.family.id)).toBe(true);
    const caseload = (await hanne.get('/api/caseload')).body as { id: string; nextDue: string | null }[];
    expect(caseload.some((f) => f.id === theirs.family.id)).toBe(false);
    expect(caseload.length).toBeGreaterThan(0);
    expect(caseload.every((f) => f.nextDue === null || /^\d{4}-\d{2}-\d{2}$/.test(f.nextDue))).toBe(true);
  });
});

describe('drafts, retries and colleagues at the same time', () => {
  it('saves a half-filled form and restores it on another device; a stale save from the first device gets 412', async () => {
    const { pathway } = await familyInCourse(hanne, '2026-11-10');
    const path = `/api/pathways/${pathway.id}/drafts/F05-visit`;
    expect((await hanne.get(path)).status).toBe(404);
    const saved = await hanne.request('PUT', path, { data: { notes: 'Mor fortæller' }, version: 0 });
    expect(saved.body).toMatchObject({ version: 1 });
    const tablet = createClient(server.url);
    await tablet.login();
    expect((await tablet.get(path)).body).toMatchObject({ data: { notes: 'Mor fortæller' }, version: 1 });
    expect(
      (await tablet.request('PUT', path, { data: { notes: 'Mor fortæller om søvn' }, version: 1 })).status,
    ).toBe(200);
    expect((await hanne.request('PUT', path, { data: { notes: 'gammel' }, version: 1 })).status).toBe(412);
    expect((await hanne.get(path)).body.data).toEqual({ notes: 'Mor fortæller om søvn' });
  });

  it('answers a retried submit with the same Idempotency-Key with the first answer and stores it once', async () => {
    const { family, child } = await createPregnantFamily(hanne);
    const pathway = await startD1(hanne, family.id, child.id);
    const body = { formId: 'F01-family-registration', data: await validExample('F01-family-registration') };
    const first = await hanne.post(`/api/pathways/${pathway.id}/submissions`, body, {
      'idempotency-key': 'visit-123',
    });
    const again = await hanne.post(`/api/pathways/${pathway.id}/submissions`, body, {
      'idempotency-key': 'visit-123',
    });
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const stored = (await server.storage.getFamily(family.id))!;
    expect(Object.keys(stored.submissions)).toHaveLength(1);
    const other = await hanne.post(
      `/api/pathways/${pathway.id}/submissions`,
      { ...body, data: { ...body.data, note: 'x' } },
      { 'idempotency-key': 'visit-123' },
    );
    expect(other.status).toBe(422);
  });

  it('lets only one of two colleagues submit against the same version; the other gets 412 and nothing is lost', async () => {
    const { family, child } = await createPregnantFamily(hanne);
    const pathway = await startD1(hanne, family.id, child.id);
    const colleague = createClient(server.url);
    await colleague.login();
    const body = { formId: 'F01-family-registration', data: await validExample('F01-family-registration') };
    const replies = await Promise.all([
      hanne.post(`/api/pathways/${pathway.id}/submissions`, body, { 'if-match': '"1"' }),
      colleague.post(`/api/pathways/${pathway.id}/submissions`, body, { 'if-match': '"1"' }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 412]);
    expect(Object.keys((await server.storage.getFamily(family.id))!.submissions)).toHaveLength(1);
  });
});
