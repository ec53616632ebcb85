import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, startStoreServer, stores, type StoreServer } from './definitionServers';
import type { Client } from './startTestServer';

const newForm = (title = 'Prøveskema') => ({
  kind: 'form',
  formatVersion: 1,
  id: 'X01-proeve',
  version: 1,
  title: { da: title, en: 'Trial form' },
  subject: 'child',
  schema: {
    type: 'object',
    properties: { note: { type: 'string', title: { da: 'Note', en: 'Note' } } },
  },
});

describe.each(stores)('definition drafts on %s', (store) => {
  let server: StoreServer;
  let editor: Client;
  let other: Client;
  let worker: Client;
  beforeAll(async () => {
    server = await startStoreServer(store);
    editor = await loggedIn(server.url, 'redaktoer');
    other = await loggedIn(server.url, 'administrator');
    worker = await loggedIn(server.url, 'sundhedsplejerske');
  }, 60_000);
  afterAll(() => server.dispose());

  const put = (client: Client, path: string, body: unknown, ifMatch?: string) =>
    client.request('PUT', path, body, ifMatch === undefined ? {} : { 'if-match': ifMatch });

  it('creates, lists, reads and saves a draft with optimistic concurrency', async () => {
    const path = '/api/definition-drafts/form/X01-proeve';
    expect((await editor.get(path)).status).toBe(404);
    expect((await put(editor, path, { content: newForm() })).status).toBe(428);

    const created = await put(editor, path, { content: newForm() }, '"0"');
    expect(created.status).toBe(200);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({
      kind: 'form',
      id: 'X01-proeve',
      revision: 1,
      status: 'draft',
      baseVersion: null,
      title: { da: 'Prøveskema', en: 'Trial form' },
      updatedBy: { id: expect.any(String), name: expect.any(String) },
      scenarios: [],
    });
    const list = (await editor.get('/api/definition-drafts?kind=form')).body as { id: string }[];
    expect(list.map((d) => d.id)).toEqual(['X01-proeve']);
    expect((await editor.get('/api/definition-drafts?kind=workflow')).body).toEqual([]);
    expect((await editor.get('/api/definition-drafts?kind=gadget')).status).toBe(400);

    const saved = await put(editor, path, { content: newForm('Prøveskema 2') }, '"1"');
    expect(saved.body).toMatchObject({ revision: 2, title: { da: 'Prøveskema 2' } });

    // A second editor saving on the stale revision gets the other's version instead of overwriting it.
    const stale = await put(other, path, { content: newForm('Mit skema') }, '"1"');
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    expect(stale.body.current).toMatchObject({ revision: 2, title: { da: 'Prøveskema 2' } });
    expect((await editor.get(path)).body).toMatchObject({ revision: 2 });
    // "0" against an existing draft is stale too.
    expect((await put(other, path, { content: newForm() }, '"0"')).status).toBe(412);
  });

  it('lists every problem of a broken draft with its path, and still saves it', async () => {
    const broken = { ...newForm(), id: 'X02-broken', title: { da: 'Uden engelsk' } };
    const reply = await put(editor, '/api/definition-drafts/form/X02-broken', { content: broken }, '"0"');
    expect(reply.status).toBe(200);
    expect(reply.body.issues).toEqual(
      expect.arrayContaining([{ path: '/title', message: expect.stringContaining('en') }]),
    );
  });

  it('checks a definition as typed without saving it: its problems with paths, or none', async () => {
    const path = '/api/definition-drafts/form/X04-checked/check';
    const valid = {
      ...newForm(),
      id: 'X04-checked',
      schema: { type: 'object', properties: { note: { type: 'string', title: 'Note' } } },
      translations: { en: { note: { title: 'Note' } } },
    };
    const fine = await editor.request('POST', path, { content: valid });
    expect(fine.status).toBe(200);
    expect(fine.body).toEqual({ issues: [] });

    const misspelt = {
      ...valid,
      schema: { type: 'object', properties: { note: { type: 'string', titel: 'Note' } } },
    };
    const broken = await editor.request('POST', path, { content: misspelt });
    expect(broken.status).toBe(200);
    expect(broken.body.issues).toEqual(
      expect.arrayContaining([
        { path: expect.stringContaining('/schema/properties/note'), message: expect.any(String) },
      ]),
    );
    // Typed for another address: it could not be saved here.
    const moved = await editor.request('POST', path, { content: { ...valid, id: 'X01-proeve' } });
    expect(moved.body.issues).toEqual([{ path: '/id', message: 'must stay "X04-checked"' }]);
    const otherKind = await editor.request('POST', path, { content: { ...valid, kind: 'workflow' } });
    expect(otherKind.body.issues).toEqual([{ path: '/kind', message: 'must stay "form"' }]);
    // Nothing was saved, workers may not ask, and a body that is not a definition is refused.
    expect((await editor.get('/api/definition-drafts/form/X04-checked')).status).toBe(404);
    expect((await worker.request('POST', path, { content: newForm() })).status).toBe(403);
    expect((await editor.request('POST', path, { content: 'not an object' })).status).toBe(400);
    expect((await editor.request('POST', path, {})).status).toBe(400);
  });

  it('checks a workflow draft against the published forms', async () => {
    const workflow = (await editor.get('/api/workflows/ishoej.d1/versions/1')).body;
    const fine = await put(
      editor,
      '/api/definition-drafts/workflow/ishoej.d1',
      { content: { ...workflow, version: 2 } },
      '"0"',
    );
    expect(fine.status).toBe(200);
    expect(fine.body).toMatchObject({ baseVersion: 1, issues: [] });

    const unknownForm = { ...workflow, version: 2, forms: { ...workflow.forms, 'F99-unknown': 1 } };
    const bad = await put(
      editor,
      '/api/definition-drafts/workflow/ishoej.d1',
      { content: unknownForm },
      '"1"',
    );
    expect(bad.body.issues).toContainEqual({
      path: '/forms/F99-unknown',
      message: "form 'F99-unknown' version 1 does not exist",
    });
  });

  it('refuses content for another definition, writes by workers, and oversized bodies', async () => {
    const path = '/api/definition-drafts/form/X03-other';
    expect((await put(editor, path, { content: newForm() }, '"0"')).status).toBe(422);
    expect((await put(worker, path, { content: { ...newForm(), id: 'X03-other' } }, '"0"')).status).toBe(403);
    expect((await worker.get('/api/definition-drafts')).status).toBe(403);
    const big = { ...newForm(), id: 'X03-other', description: { da: 'x'.repeat(1_100_000), en: 'x' } };
    expect((await put(editor, path, { content: big }, '"0"')).status).toBe(413);
    expect((await editor.get('/api/definition-drafts/gadget/x')).status).toBe(404);
  });

  it('discards a draft with If-Match', async () => {
    const path = '/api/definition-drafts/form/X04-discard';
    await put(editor, path, { content: { ...newForm(), id: 'X04-discard' } }, '"0"');
    expect((await editor.request('DELETE', path)).status).toBe(428);
    expect((await editor.request('DELETE', path, undefined, { 'if-match': '"7"' })).status).toBe(412);
    expect((await editor.request('DELETE', path, undefined, { 'if-match': '"1"' })).status).toBe(204);
    expect((await editor.get(path)).status).toBe(404);
  });

  it('describes every draft, lifecycle and bundle route in the OpenAPI document', async () => {
    const { paths } = (await editor.get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const expected: [string, string][] = [
      ['/api/definition-drafts', 'get'],
      ['/api/definition-drafts/{kind}/{id}', 'get'],
      ['/api/definition-drafts/{kind}/{id}', 'put'],
      ['/api/definition-drafts/{kind}/{id}', 'delete'],
      ...['submit', 'approve', 'reject', 'publish'].map((a): [string, string] => [
        `/api/definition-drafts/{kind}/{id}/${a}`,
        'post',
      ]),
      ['/api/definitions', 'get'],
      ['/api/definitions/{kind}/{id}/versions', 'get'],
      ['/api/definitions/{kind}/{id}/history', 'get'],
      ['/api/definitions/{kind}/{id}/diff', 'get'],
      ['/api/definitions/{kind}/{id}/versions/{version}/retire', 'post'],
      ['/api/definitions/{kind}/{id}/versions/{version}/rollback', 'post'],
      ['/api/definitions/workflow/{id}/versions/{version}/bundle', 'get'],
      ['/api/definition-bundles/preview', 'post'],
      ['/api/definition-bundles/import', 'post'],
    ];
    for (const [path, method] of expected) expect(paths[path]?.[method], `${method} ${path}`).toBeDefined();
  });

  it('keeps drafts and their history across a restart (written before the answer)', async () => {
    const path = '/api/definition-drafts/form/X01-proeve';
    await server.close();
    const again = await server.startAnother();
    try {
      const client = await loggedIn(again.url, 'redaktoer');
      expect((await client.get(path)).body).toMatchObject({ revision: 2, title: { da: 'Prøveskema 2' } });
      const history = (await client.get('/api/definitions/form/X01-proeve/history')).body;
      expect(history).toEqual([expect.objectContaining({ action: 'created', by: expect.any(Object) })]);
    } finally {
      await again.close();
    }
  });
});
