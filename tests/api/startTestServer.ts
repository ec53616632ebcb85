import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/auth/passwords';
import { startServer, type RunningServer, type ServerOptions } from '../../server/startServer';
import type { UserRole } from '../../server/storage/types';

export interface TestServer extends RunningServer {
  dataDir: string;
  /** Stops the server and removes its data folder. */
  dispose(): Promise<void>;
}

/** The real app, in-process, on a free port, with a real lowdb store in a fresh temp folder. */
export async function startTestServer(options: ServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'forloeb-test-')));
  const server = await startServer({ port: 0, ...options, dataDir });
  return {
    ...server,
    dataDir,
    async dispose() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A logged-in API client with its own cookie jar. */
export function createClient(baseUrl: string) {
  let cookie = '';
  const request = async <T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> => {
    const init: RequestInit = { method, headers: { ...(cookie ? { cookie } : {}), ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${baseUrl}${path}`, init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      headers: response.headers,
      body: (type.includes('json') && text ? JSON.parse(text) : text) as T,
    };
  };
  return {
    request,
    /** The session cookie (`name=value`), for load generators that send their own requests. */
    cookie: () => cookie,
    get: <T = any>(path: string) => request<T>('GET', path),
    post: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
      request<T>('POST', path, body, headers),
    async login(username = 'sundhedsplejerske', password = `demo-${username}`) {
      const reply = await request('POST', '/api/session', { username, password });
      if (reply.status !== 200) throw new Error(`login failed: ${reply.status}`);
      return reply;
    },
  };
}

export type Client = ReturnType<typeof createClient>;

/** A family with a pregnant woman and her unborn child, as the health visitor registers it. */
export async function createPregnantFamily(client: Client, dueDate = '2027-03-01') {
  const reply = await client.post('/api/families', {
    members: [
      { role: 'pregnant', name: 'Sara Jensen' },
      { role: 'child', name: 'Ufødt barn', dueDate },
    ],
  });
  if (reply.status !== 201)
    throw new Error(`create family failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  const family = reply.body as { id: string; members: { id: string; role: string }[] };
  const child = family.members.find((m) => m.role === 'child')!;
  return { family, child };
}

export async function startD1(client: Client, familyId: string, childId: string) {
  const reply = await client.post(`/api/families/${familyId}/pathways`, { workflowId: 'ishoej.d1', childId });
  if (reply.status !== 201) throw new Error(`start failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body as { id: string; version: number; formsDue: { formId: string }[] };
}

/** Valid example data for the seed forms, from the test fixtures. */
export async function validExample(formId: string, index = 0): Promise<Record<string, unknown>> {
  const { readFile } = await import('node:fs/promises');
  const fixture = JSON.parse(
    await readFile(join('tests', 'fixtures', 'submissions', `${formId}.json`), 'utf8'),
  ) as {
    valid: Record<string, unknown>[];
  };
  return fixture.valid[index]!;
}

/** A D1 pathway in its course: registration, offer accepted and consent filled in, and the birth registered. */
export async function startD1InCourse(client: Client, birthDate = '2026-11-10') {
  const { family, child } = await createPregnantFamily(client, '2027-03-01');
  const pathway = await startD1(client, family.id, child.id);
  for (const formId of ['F01-family-registration', 'F03-offer-response', 'F02-consent']) {
    await client.post(`/api/pathways/${pathway.id}/submissions`, {
      formId,
      data: await validExample(formId),
    });
  }
  await client.post(`/api/families/${family.id}/members/${child.id}/birth`, { birthDate });
  return { family, child, pathway };
}

/**
 * A user with the given roles, team and municipality, stored directly (there is no user-admin route yet);
 * log in with `client.login(username, password)`. The password defaults to `demo-<username>`.
 */
export async function createUser(
  server: Pick<RunningServer, 'storage'>,
  user: { username: string; roles: UserRole[]; team?: string; municipality?: string; password?: string },
): Promise<{ id: string; username: string; password: string }> {
  const id = randomUUID();
  const password = user.password ?? `demo-${user.username}`;
  await server.storage.putUser({
    id,
    username: user.username,
    name: user.username,
    roles: user.roles,
    team: user.team ?? 'sundhedsplejen-ishoej',
    ...(user.municipality ? { municipality: user.municipality } : {}),
    passwordHash: await hashPassword(password),
  });
  return { id, username: user.username, password };
}
