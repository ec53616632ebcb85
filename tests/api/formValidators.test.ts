import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../runtime';
import { checkSubmission } from '../../runtime/forms/checkSubmission';
import { toCompiledForm } from '../../runtime/forms/compileForm';
import { toFormValidators } from '../../runtime/forms/FormValidators';
import { validatorRequire } from '../../runtime/validation/validatorRequire';
import { createClient, startTestServer, validExample, type Client, type TestServer } from './startTestServer';

/** Imports a module the server sent, as the browser does (a data: URL stands in for the same origin). */
async function importModule(code: string) {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    default: (require: (name: string) => unknown) => Record<string, unknown>;
  };
  return toFormValidators(module.default(validatorRequire));
}

describe('form validators served as ES modules (CSP without unsafe-eval)', () => {
  let server: TestServer;
  let worker: Client;
  let editor: Client;

  beforeAll(async () => {
    server = await startTestServer({ schedulerIntervalMs: 0 });
    worker = createClient(server.url);
    await worker.login();
    editor = createClient(server.url);
    await editor.login('redaktoer');
  }, 60_000);
  afterAll(() => server.dispose());

  it("sends a published form version's validators as an immutable JavaScript module", async () => {
    const reply = await worker.get<string>('/api/forms/F09-epds/versions/1/validator.js');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(reply.headers.get('cache-control')).toContain('immutable');
    expect(reply.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    const etag = reply.headers.get('etag')!;
    const again = await worker.request('GET', '/api/forms/F09-epds/versions/1/validator.js', undefined, {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);

    // checkSubmission on the imported validator: a valid example passes, an empty form gets Danish messages.
    const validators = await importModule(reply.body);
    const definition = (await worker.get<FormDefinition>('/api/forms/F09-epds/versions/1')).body;
    const form = toCompiledForm(definition, validators.validate);
    expect(checkSubmission(form, await validExample('F09-epds'))).toMatchObject({ ok: true });
    const empty = checkSubmission(form, {});
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.errors.map((e) => e.message)).toContain('Skal udfyldes');
    // rjsf asks about the options of a choice: each has its own validator.
    expect(validators.subschemas.get('{"const":"mother"}')?.('mother')).toBe(true);
  });

  it('answers 404 for an unknown form or version', async () => {
    expect((await worker.get('/api/forms/F09-epds/versions/99/validator.js')).status).toBe(404);
    expect((await worker.get('/api/forms/no-such-form/versions/1/validator.js')).status).toBe(404);
  });

  it("generates the validators of an editor's work in progress, and refuses a schema a definition may not hold", async () => {
    const schema = {
      type: 'object',
      required: ['age'],
      properties: { age: { title: 'Alder', type: 'integer', minimum: 0 } },
    };
    const posted = await editor.post<{ url: string }>('/api/form-validators', { schema });
    expect(posted.status).toBe(200);
    // A label edit is the same validator: the key ignores annotations.
    const relabelled = await editor.post<{ url: string }>('/api/form-validators', {
      schema: { ...schema, properties: { age: { ...schema.properties.age, title: 'Age' } } },
    });
    expect(relabelled.body.url).toBe(posted.body.url);
    const module = await editor.get<string>(posted.body.url);
    expect(module.status).toBe(200);
    const validators = await importModule(module.body);
    expect(validators.validate({ age: 3 })).toBe(true);
    expect(validators.validate({ age: -1 })).toBe(false);

    const unsafe = await editor.post('/api/form-validators', {
      schema: { type: 'string', pattern: '(a+)+$' },
    });
    expect(unsafe.status).toBe(422);
    const remote = await editor.post('/api/form-validators', { schema: { $ref: 'https://evil.example/x' } });
    expect(remote.status).toBe(422);
    expect((await editor.get(`/api/form-validators/${'0'.repeat(64)}.js`)).status).toBe(404);
    // Workers use published forms only.
    expect((await worker.post('/api/form-validators', { schema })).status).toBe(403);
  });
});
