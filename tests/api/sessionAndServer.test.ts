import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/startServer';
import { demoUsers } from '../../server/auth/demoUsers';
import { POLICY } from './authorizationPolicy';
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
  server = await startTestServer();
});
afterAll(() => server.dispose());

describe('logging in', () => {
  it('lets a demo user log in and out, with an HttpOnly SameSite cookie', async () => {
    const client = createClient(server.url);
    const login = await client.login();
    expect(login.body).toMatchObject({
      user: { username: 'sundhedsplejerske', roles: ['sundhedsplejerske'] },
    });
    expect(login.body.user).not.toHaveProperty('passwordHash');
    expect(login.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(login.headers.get('set-cookie')).toMatch(/SameSite=Strict/i);
    expect((await client.get('/api/session')).status).toBe(200);
    expect((await client.request('DELETE', '/api/session')).status).toBe(204);
    expect((await client.get('/api/families')).status).toBe(401);
  });

  it('refuses a wrong password and every family route without a session', async () => {
    const client = createClient(server.url);
    const wrong = await client.post('/api/session', { username: 'sundhedsplejerske', password: 'wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.detail).toMatch(/Forkert brugernavn eller adgangskode/);
    for (const path of [
      '/api/families',
      '/api/workflows',
      '/api/families/x/timeline',
      '/api/pathways/x',
      '/api/submissions/x',
    ]) {
      expect((await client.get(path)).status, path).toBe(401);
    }
  });
});

describe('the server', () => {
  it('answers /healthz and sends security headers', async () => {
    const reply = await fetch(`${server.url}/healthz`);
    expect(await reply.json()).toEqual({ status: 'ok' });
    expect(reply.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('x-powered-by')).toBeNull();
  });

  it('describes every API route in its OpenAPI 3.1 document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    // The declared policy table names every route the server should have (one place to add a route to).
    const expected = Object.keys(POLICY).map((route) => route.replace(/:(\w+)/g, '{$1}'));
    expect(documented.sort()).toEqual(expected.sort());
    // Every documented route is really served: none answers 404 "no such route".
    const client = createClient(server.url);
    await client.login();
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        const reply = await client.request(
          method.toUpperCase(),
          path.replace(/\{[^}]+\}/g, 'x'),
          method === 'get' || method === 'delete' ? undefined : {},
        );
        expect(reply.body?.detail ?? '', `${method} ${path}`).not.toMatch(/^Ingen side/);
      }
    }
  });

  it('lists the seed workflows and serves their definitions and forms', async () => {
    const client = createClient(server.url);
    await client.login();
    const workflows = (await client.get('/api/workflows')).body as {
      id: string;
      version: number;
      title: { da: string };
    }[];
    expect(workflows.map((w) => w.id)).toContain('ishoej.d1');
    const d1 = await client.get('/api/workflows/ishoej.d1/versions/1');
    expect(d1.body.forms['F07-adbb']).toBe(1);
    const form = await client.get('/api/forms/F07-adbb/versions/1');
    expect(form.body).toMatchObject({ id: 'F07-adbb', subject: 'child' });
    expect((await client.get('/api/forms/F07-adbb/versions/99')).status).toBe(404);
  });

  it('keeps every acknowledged write across a restart, and refuses a second server on the same data folder', async () => {
    const first = await startTestServer();
    const client = createClient(first.url);
    await client.login();
    const { family, child } = await createPregnantFamily(client);
    const pathway = await startD1(client, family.id, child.id);
    await client.post(`/api/pathways/${pathway.id}/submissions`, {
      formId: 'F01-family-registration',
      data: await validExample('F01-family-registration'),
    });

    await expect(startServer({ port: 0, dataDir: first.dataDir })).rejects.toThrow(/in use|already open/);
    await first.close();

    const second = await startServer({ port: 0, dataDir: first.dataDir });
    try {
      const again = createClient(second.url);
      await again.login();
      const view = (await again.get(`/api/pathways/${pathway.id}`)).body;
      expect(view.steps.map((s: { state: string }) => s.state)).toEqual(['offer']);
      const users = await second.storage.listUsers();
      expect(users).toHaveLength(demoUsers.length);
    } finally {
      await second.close();
      await first.dispose().catch(() => undefined);
    }
  });
});
