import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainedEntry } from '../../server/audit/AccessEntry';
import { verifyAccessChain } from '../../server/audit/verifyAccessChain';
import { startServer } from '../../server/startServer';
import {
  createClient,
  createPregnantFamily,
  startD1InCourse,
  startTestServer,
  type Client,
  type TestServer,
} from './startTestServer';

let server: TestServer;
let worker: Client;
let admin: Client;

const readLog = async (dataDir = server.dataDir) =>
  (await readFile(join(dataDir, 'access.log'), 'utf8')).split('\n').filter((l) => l.trim() !== '');
const entries = async () => (await readLog()).map((l) => JSON.parse(l) as ChainedEntry);

beforeAll(async () => {
  server = await startTestServer({ schedulerIntervalMs: 0 });
  worker = createClient(server.url);
  await worker.login();
  admin = createClient(server.url);
  await admin.login('administrator');
});
afterAll(() => server.dispose());

describe('the access log', () => {
  it('keeps a search criterion only as its kind and a keyed hash, with the ids of the families found', async () => {
    const { family } = await createPregnantFamily(worker);
    const reply = await worker.get('/api/families?q=Sara%20Jensen');
    expect(reply.status).toBe(200);
    const last = (await entries()).at(-1)!;
    expect(last).toMatchObject({ action: 'search', resource: 'families?q', search: { kind: 'text' } });
    expect(last.search!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(last.familyIds).toContain(family.id);
    expect((await readLog()).join('\n')).not.toMatch(/sara|jensen/i);

    await worker.get('/api/families?q=2027-03-01');
    const dated = (await entries()).at(-1)!;
    expect(dated.search).toMatchObject({ kind: 'date' });
    await worker.get('/api/families?q=sara%20jensen%20');
    // The same criterion (case and spaces aside) gives the same hash, so an auditor with the key can find it.
    expect((await entries()).at(-1)!.search!.hash).toBe(last.search!.hash);
  });

  it('chains every entry to the one before; the chain check finds an edit, a deletion and a reordering', async () => {
    await startD1InCourse(worker);
    const verified = await admin.get('/api/audit/verify');
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true, problems: [] });
    expect(verified.body.entries).toBeGreaterThan(5);

    const lines = await readLog();
    expect(verifyAccessChain(lines).ok).toBe(true);

    const edited = [...lines];
    edited[2] = edited[2]!.replace(/"action":"\w+"/, '"action":"login"');
    expect(verifyAccessChain(edited).problems).toEqual([
      { line: 3, reason: 'was changed after it was written' },
    ]);

    const deleted = lines.filter((_, i) => i !== 3);
    expect(verifyAccessChain(deleted).problems).toEqual([
      { line: 4, reason: `is number 5, expected 4` },
      { line: 4, reason: 'does not follow the entry before it' },
    ]);

    const swapped = [...lines];
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect(verifyAccessChain(swapped).ok).toBe(false);
    expect(verifyAccessChain(swapped).problems[0]).toMatchObject({ line: 2 });

    // Rehashing the edited entry does not help: the next entry still names the old hash.
    const forged = JSON.parse(lines[2]!) as ChainedEntry;
    const rest = { ...forged, userId: 'someone-else' };
    const { toEntryHash } = await import('../../server/audit/chainEntry');
    const { hash: _old, ...body } = rest;
    const reforged = [...lines];
    reforged[2] = JSON.stringify({ ...body, hash: toEntryHash(body) });
    expect(verifyAccessChain(reforged).problems).toEqual([
      { line: 4, reason: 'does not follow the entry before it' },
    ]);
    // …and a log cut off at the end is caught against the head kept elsewhere.
    expect(verifyAccessChain(lines.slice(0, -1), verified.body.head).ok).toBe(false);
  });

  it('continues the chain across a restart, and the tamper check on the live log names the line', async () => {
    const { dataDir } = server;
    const other = await startServer({ port: 0, dataDir: `${dataDir}-restart`, schedulerIntervalMs: 0 });
    const client = createClient(other.url);
    await client.login();
    await createPregnantFamily(client);
    await other.close();
    const again = await startServer({ port: 0, dataDir: `${dataDir}-restart`, schedulerIntervalMs: 0 });
    const second = createClient(again.url);
    await second.login();
    await createPregnantFamily(second);
    const lines = await readLog(`${dataDir}-restart`);
    expect(verifyAccessChain(lines)).toMatchObject({ ok: true, entries: lines.length });

    const auditor = createClient(again.url);
    await auditor.login('administrator');
    const tampered = [...lines];
    tampered[1] = tampered[1]!.replace('"write"', '"read"');
    await writeFile(join(`${dataDir}-restart`, 'access.log'), `${tampered.join('\n')}\n`);
    const reply = await auditor.get('/api/audit/verify');
    expect(reply.body.ok).toBe(false);
    expect(reply.body.problems).toContainEqual({ line: 2, reason: 'was changed after it was written' });
    await again.close();
    const { rm } = await import('node:fs/promises');
    await rm(`${dataDir}-restart`, { recursive: true, force: true });
  });
});

describe('the access-log views', () => {
  let familyId: string;
  let submissionId: string;
  let childId: string;

  beforeAll(async () => {
    const { family, child, pathway } = await startD1InCourse(worker);
    familyId = family.id;
    childId = child.id;
    const timeline = await worker.get(`/api/families/${familyId}/timeline`);
    submissionId = timeline.body.find((e: { submissionId?: string }) => e.submissionId).submissionId;
    await worker.get(`/api/pathways/${pathway.id}`);
  });

  it('records a print of a submission with the family and the child, before answering', async () => {
    const reply = await worker.post('/api/audit/print', { familyId, submissionId });
    expect(reply.status).toBe(204);
    expect((await entries()).at(-1)).toMatchObject({
      action: 'print',
      purpose: 'print',
      resource: `submission:${submissionId}`,
      familyId,
      memberIds: [childId],
    });
    expect((await worker.post('/api/audit/print', { familyId: 'nope' })).status).toBe(404);
    expect((await worker.post('/api/audit/print', { familyId, submissionId: 'nope' })).status).toBe(404);
    expect((await worker.post('/api/audit/print', { familyId, extra: 1 })).status).toBe(400);
  });

  it("gives the citizen's copy: dates, kinds and purposes of the look-ups, staff names redactable", async () => {
    const shown = await admin.get(`/api/audit/families/${familyId}`);
    expect(shown.status).toBe(200);
    expect(shown.body.length).toBeGreaterThan(3);
    expect(shown.body[0]).toMatchObject({ action: 'print', purpose: 'print', what: 'submission' });
    expect(shown.body[0].user).toEqual({ id: expect.any(String), name: 'Hanne Sundhedsplejerske' });
    expect(shown.body[0].resource).toBeUndefined();
    const whats = new Set(shown.body.map((r: { what: string }) => r.what));
    expect([...whats]).toEqual(expect.arrayContaining(['family', 'pathway', 'submission', 'timeline']));

    const hidden = await admin.get(`/api/audit/families/${familyId}?staff=hide`);
    // The admin's own look-up above is now in the family's log too, with purpose `audit`.
    expect(hidden.body[0]).toMatchObject({ purpose: 'audit', what: 'audit' });
    expect(hidden.body.every((r: { user?: unknown }) => r.user === undefined)).toBe(true);
    expect(JSON.stringify(hidden.body)).not.toContain('Hanne');
    expect((await admin.get(`/api/audit/families/${familyId}?staff=maybe`)).status).toBe(400);
  });

  it('lists what one staff member did, and a random spot check for managers', async () => {
    const me = await worker.get('/api/session');
    const workerId = me.body.user.id as string;
    const mine = await admin.get(`/api/audit/users/${workerId}?limit=5`);
    expect(mine.status).toBe(200);
    expect(mine.body).toHaveLength(5);
    expect(mine.body.every((r: { user: { id: string } }) => r.user.id === workerId)).toBe(true);
    expect(mine.body[0].seq).toBeGreaterThan(mine.body[4].seq);

    const sample = await admin.get('/api/audit/spot-check?size=7');
    expect(sample.status).toBe(200);
    expect(sample.body).toHaveLength(7);
    expect(new Set(sample.body.map((r: { seq: number }) => r.seq)).size).toBe(7);
    expect(
      sample.body.every(
        (r: { familyId?: string; resource: string }) =>
          r.familyId ||
          r.resource === 'families' ||
          r.resource.startsWith('families?') ||
          r.resource.startsWith('audit:'),
      ),
    ).toBe(true);
    expect((await admin.get('/api/audit/spot-check?size=0')).status).toBe(400);
  });

  it('keeps the log from workers and editors', async () => {
    const editor = createClient(server.url);
    await editor.login('redaktoer');
    for (const path of [`/api/audit/families/${familyId}`, '/api/audit/spot-check', '/api/audit/verify']) {
      expect((await worker.get(path)).status).toBe(403);
      expect((await editor.get(path)).status).toBe(403);
    }
    expect((await editor.post('/api/audit/print', { familyId })).status).toBe(403);
  });
});
