import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStore } from './readStore';
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
let familyId: string;
let pathwayId: string;

beforeAll(async () => {
  server = await startTestServer();
  client = createClient(server.url);
  await client.login();
  const { family, child } = await createPregnantFamily(client);
  familyId = family.id;
  pathwayId = (await startD1(client, family.id, child.id)).id;
});
afterAll(() => server.dispose());

/** Given a request that must fail, the reply is problem+json with the status, and the store is byte-for-byte unchanged. */
async function expectRefused(
  send: () => Promise<{ status: number; headers: Headers; body: any }>,
  status: number,
) {
  const before = await readStore(server.dataDir);
  const reply = await send();
  expect(reply.status).toBe(status);
  expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(reply.body).toMatchObject({
    status,
    title: expect.any(String),
    detail: expect.any(String),
    type: expect.stringMatching(/^https:/),
  });
  expect(await readStore(server.dataDir)).toEqual(before);
  return reply.body as { errors?: { path: string; message: string }[]; detail: string };
}

describe('hostile and mistaken requests', () => {
  it('answers malformed JSON with 400', async () => {
    await expectRefused(
      () => client.request('POST', '/api/families', '{"members": [', { 'content-type': 'application/json' }),
      400,
    );
  });

  it('answers wrong types with 400 naming the fields', async () => {
    const problem = await expectRefused(
      () => client.post('/api/families', { members: [{ role: 'child', name: 42, birthDate: 'yesterday' }] }),
      400,
    );
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['members.0.birthDate', 'members.0.name']);
    expect(problem.errors?.every((e) => e.message.length > 0)).toBe(true);
  });

  it('answers form data that breaks the form with 422 naming the fields in Danish', async () => {
    const problem = await expectRefused(
      () =>
        client.post(`/api/pathways/${pathwayId}/submissions`, {
          formId: 'F01-family-registration',
          data: { firstTimeParents: 'ja' },
        }),
      422,
    );
    expect(problem.errors).toContainEqual({ path: 'firstTimeParents', message: 'Skal være ja eller nej' });
    expect(problem.errors).toContainEqual({ path: 'recruitmentSource', message: 'Skal udfyldes' });
  });

  it('answers unknown ids with 404', async () => {
    await expectRefused(() => client.get('/api/families/00000000-0000-0000-0000-000000000000'), 404);
    await expectRefused(() => client.get('/api/pathways/unknown'), 404);
    await expectRefused(
      () => client.post('/api/pathways/unknown/submissions', { formId: 'F05-visit', data: {} }),
      404,
    );
    await expectRefused(
      () =>
        client.post(`/api/families/${familyId}/pathways`, { workflowId: 'no.such.workflow', childId: 'x' }),
      404,
    );
    await expectRefused(() => client.get('/api/submissions/unknown'), 404);
    await expectRefused(() => client.get('/api/no-such-route'), 404);
  });

  it('answers a form that is not due with 409', async () => {
    const problem = await expectRefused(
      () => client.post(`/api/pathways/${pathwayId}/submissions`, { formId: 'F05-visit', data: {} }),
      409,
    );
    expect(problem.detail).toMatch(/F05-visit/);
  });

  it('answers an event the current state does not accept with 409', async () => {
    await expectRefused(() => client.post(`/api/pathways/${pathwayId}/events`, { type: 'WITHDRAW' }), 409);
    await expectRefused(
      () => client.post(`/api/pathways/${pathwayId}/events`, { type: 'CHILD_BORN', birthDate: '2026-01-01' }),
      409,
    );
  });

  it('answers an event payload its workflow does not declare with 422', async () => {
    const problem = await expectRefused(
      () => client.post(`/api/pathways/${pathwayId}/events`, { type: 'WITHDRAW', reason: 42 }),
      422,
    );
    expect(problem.errors?.length).toBeGreaterThan(0);
  });

  it('answers a 5 MB body with 413', async () => {
    const huge = JSON.stringify({ formId: 'F05-visit', data: { note: 'x'.repeat(5 * 1024 * 1024) } });
    await expectRefused(() => client.request('POST', `/api/pathways/${pathwayId}/submissions`, huge), 413);
  });

  it('answers a body that is not JSON with 415', async () => {
    await expectRefused(
      () =>
        client.request('POST', '/api/families', 'members=1', {
          'content-type': 'application/x-www-form-urlencoded',
        }),
      415,
    );
  });

  it('answers a stale If-Match with 412', async () => {
    const current = await client.get(`/api/pathways/${pathwayId}`);
    expect(current.headers.get('etag')).toBe(`"${current.body.version}"`);
    const data = await validExample('F01-family-registration');
    await expectRefused(
      () =>
        client.post(
          `/api/pathways/${pathwayId}/submissions`,
          { formId: 'F01-family-registration', data },
          { 'if-match': `"${current.body.version - 1}"` },
        ),
      412,
    );
    const fresh = await client.post(
      `/api/pathways/${pathwayId}/submissions`,
      { formId: 'F01-family-registration', data },
      { 'if-match': current.headers.get('etag')! },
    );
    expect(fresh.status).toBe(201);
  });

  it('refuses a birth date in the future and a second registration of the same birth', async () => {
    const { family, child } = await createPregnantFamily(client);
    await expectRefused(
      () => client.post(`/api/families/${family.id}/members/${child.id}/birth`, { birthDate: '2999-01-01' }),
      422,
    );
    expect(
      (await client.post(`/api/families/${family.id}/members/${child.id}/birth`, { birthDate: '2026-01-01' }))
        .status,
    ).toBe(200);
    await expectRefused(
      () => client.post(`/api/families/${family.id}/members/${child.id}/birth`, { birthDate: '2026-01-02' }),
      409,
    );
  });

  it('keeps prototype-polluting keys out of objects', async () => {
    const reply = await client.request(
      'POST',
      '/api/families',
      '{"members":[{"role":"child","name":"A","birthDate":"2026-01-01"}],"__proto__":{"polluted":true}}',
    );
    expect(reply.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
