import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLowdbStorage } from '../../server/storage/createLowdbStorage';
import { loggedIn, startStoreServer } from './definitionServers';
import type { Client, TestServer } from './startTestServer';

const run = promisify(execFile);

/** Two environments, one on each store: a pathway changed in one travels to the other as a bundle file. */
let source: TestServer;
let target: TestServer;
let sourceAdmin: Client;
let targetAdmin: Client;
let targetEditor: Client;
beforeAll(async () => {
  [source, target] = await Promise.all([startStoreServer('lowdb'), startStoreServer('postgres')]);
  sourceAdmin = await loggedIn(source.url, 'administrator');
  targetAdmin = await loggedIn(target.url, 'administrator');
  targetEditor = await loggedIn(target.url, 'redaktoer');
}, 60_000);
afterAll(async () => {
  await Promise.all([source.dispose(), target.dispose()]);
});

const act = (client: Client, kind: string, id: string, action: string, revision: number) =>
  client.post(
    `/api/definition-drafts/${kind}/${id}/${action}`,
    { comment: 'OK' },
    { 'if-match': `"${revision}"` },
  );

describe('pathway bundles', () => {
  it('exports a workflow version with the exact forms it pins and its scenarios', async () => {
    const reply = await sourceAdmin.get('/api/definitions/workflow/ishoej.d1/versions/1/bundle');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toContain('ishoej.d1.v1.bundle.json');
    const bundle = reply.body;
    expect(bundle).toMatchObject({
      format: 'forloeb-bundle',
      version: 1,
      workflow: { id: 'ishoej.d1', version: 1 },
    });
    expect(bundle.scenarios).toEqual([]);
    expect(
      Object.fromEntries(bundle.forms.map((f: { id: string; version: number }) => [f.id, f.version])),
    ).toEqual(bundle.workflow.forms);
    // Unchanged, it is the same as what the other environment has installed.
    const preview = (await targetEditor.post('/api/definition-bundles/preview', bundle)).body;
    expect(preview.issues).toEqual([]);
    expect(new Set(preview.entries.map((e: { status: string }) => e.status))).toEqual(new Set(['same']));
  });

  it('previews a changed bundle against what is installed and imports it as drafts, never published', async () => {
    const bundle = (await sourceAdmin.get('/api/definitions/workflow/ishoej.d1/versions/1/bundle')).body;
    const visit = bundle.forms.find((f: { id: string }) => f.id === 'F05-visit');
    visit.version = 4; // another environment numbers its versions its own way
    visit.schema.properties.extraNote = { type: 'string', title: 'Ekstra bemærkning' };
    bundle.workflow.version = 3;
    bundle.workflow.forms['F05-visit'] = 4;
    bundle.workflow.title = { ...bundle.workflow.title, da: `${bundle.workflow.title.da} – ny` };

    const preview = await targetEditor.post('/api/definition-bundles/preview', bundle);
    expect(preview.status).toBe(200);
    const byId = Object.fromEntries(preview.body.entries.map((e: { id: string }) => [e.id, e]));
    expect(byId['F05-visit']).toMatchObject({
      status: 'differs',
      installedVersion: 1,
      classification: { level: 'safe' },
      diff: { kind: 'form', fields: [expect.objectContaining({ path: 'extraNote', change: 'added' })] },
    });
    expect(byId['F05-visit'].releaseNotes.da.join(' ')).toContain('Ekstra bemærkning');
    expect(byId['F01-family-registration']).toMatchObject({ status: 'same', installedVersion: 1 });
    // The workflow as it would be published: taking F05 as its next local version.
    expect(byId['ishoej.d1']).toMatchObject({
      status: 'differs',
      installedVersion: 1,
      diff: { forms: [expect.objectContaining({ id: 'F05-visit', before: 1, after: 2 })] },
    });

    expect(
      (await targetEditor.post('/api/definition-bundles/import', { bundle, comment: 'Fra test' })).status,
    ).toBe(403);
    const imported = await targetAdmin.post('/api/definition-bundles/import', {
      bundle,
      comment: 'Fra Ishøj test',
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(
      imported.body.entries.filter((e: { drafted: boolean }) => e.drafted).map((e: { id: string }) => e.id),
    ).toEqual(['F05-visit', 'ishoej.d1']);
    // Nothing is published yet; the drafts carry the next local numbers, the workflow takes F05 when published.
    expect(
      (await targetEditor.get('/api/workflows')).body.find((w: { id: string }) => w.id === 'ishoej.d1')
        .version,
    ).toBe(1);
    const formDraft = (await targetEditor.get('/api/definition-drafts/form/F05-visit')).body;
    expect(formDraft).toMatchObject({ revision: 1, baseVersion: 1, content: { version: 2 }, issues: [] });
    const workflowDraft = (await targetEditor.get('/api/definition-drafts/workflow/ishoej.d1')).body;
    expect(workflowDraft.content.forms['F05-visit']).toBeUndefined();
    expect(workflowDraft.content.forms['F01-family-registration']).toBe(1);
    const history = (await targetEditor.get('/api/definitions/form/F05-visit/history')).body;
    expect(history.at(-1)).toMatchObject({ action: 'imported', comment: 'Fra Ishøj test' });

    // Importing again while the drafts exist is refused.
    expect(
      (await targetAdmin.post('/api/definition-bundles/import', { bundle, comment: 'Igen' })).status,
    ).toBe(409);

    // Publishing the form, then the workflow, pins the new form version in the workflow's bundle.
    for (const [kind, id] of [
      ['form', 'F05-visit'],
      ['workflow', 'ishoej.d1'],
    ] as const) {
      expect((await act(targetEditor, kind, id, 'submit', 1)).status).toBe(200);
      const published = await act(targetAdmin, kind, id, 'publish', 2);
      expect(published.status, JSON.stringify(published.body)).toBe(200);
    }
    const v2 = (await targetEditor.get('/api/workflows/ishoej.d1/versions/2')).body;
    expect(v2.forms['F05-visit']).toBe(2);
    const exported = (await targetEditor.get('/api/definitions/workflow/ishoej.d1/versions/2/bundle')).body;
    expect(
      exported.forms.find((f: { id: string }) => f.id === 'F05-visit').schema.properties.extraNote,
    ).toBeDefined();
  });

  it('lists the problems of a broken bundle in the preview', async () => {
    const bundle = (await sourceAdmin.get('/api/definitions/workflow/referral/versions/1/bundle')).body;
    bundle.forms = [];
    bundle.workflow.forms = { 'F99-missing': 1 };
    const preview = (await targetEditor.post('/api/definition-bundles/preview', bundle)).body;
    expect(preview.issues).toEqual(
      expect.arrayContaining([expect.stringContaining("form 'F99-missing' version 1 does not exist")]),
    );
    expect((await targetEditor.post('/api/definition-bundles/preview', { format: 'zip' })).status).toBe(400);
  });
});

describe('the definitions CLI with bundle files', () => {
  const cli = async (args: string[], env: Record<string, string>) => {
    try {
      const { stdout, stderr } = await run('npx', ['tsx', 'server/cli/definitionsCli.ts', ...args], {
        env: { ...process.env, ...env },
      });
      return { code: 0, out: stdout + stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout + e.stderr };
    }
  };

  it(
    'exports, validates, diffs and publishes a bundle into the store, recording the CLI user',
    { timeout: 120_000 },
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'forloeb-cli-'));
      const env = { DATA_DIR: join(dir, 'data') };
      const file = join(dir, 'referral.bundle.json');
      try {
        expect((await cli(['export-bundle', 'referral', '1', file], env)).code).toBe(0);
        expect((await cli(['validate-bundle', file], env)).out).toContain('valid (referral@1, 1 forms)');

        // A breaking change: a choice code removed from the referral form.
        const bundle = JSON.parse(await readFile(file, 'utf8'));
        const form = bundle.forms[0];
        const [field, schema] = Object.entries(
          form.schema.properties as Record<string, { oneOf?: { const: string; title: string }[] }>,
        ).find(([, s]) => (s.oneOf?.length ?? 0) > 2)!;
        const removed = schema.oneOf!.pop()!.title;
        await writeFile(file, JSON.stringify(bundle));

        const diff = await cli(['diff-bundle', file], env);
        expect(diff.out).toContain('form F12-referral@1: differs (installed: version 1), breaking');
        expect(diff.out).toContain(removed);

        const refused = await cli(['publish-bundle', file, '--user', 'Ib Admin'], env);
        expect(refused.code).toBe(1);
        expect(refused.out).toContain('--approved-by');
        const published = await cli(
          [
            'publish-bundle',
            file,
            '--user',
            'Ib Admin',
            '--approved-by',
            'Eva Kvalitet',
            '--comment',
            'Fra git',
          ],
          env,
        );
        expect(published.code, published.out).toBe(0);
        expect(published.out).toContain('Published form F12-referral version 2 (breaking) as Ib Admin');
        expect(published.out).toContain('Published workflow referral version 2');

        const storage = createLowdbStorage(env.DATA_DIR);
        await storage.open();
        try {
          const workflow = (await storage.listDefinitions()).find(
            (d) => d.id === 'referral' && d.version === 2,
          );
          expect((workflow?.content as { forms: Record<string, number> }).forms['F12-referral']).toBe(2);
          const history = await storage.listDefinitionHistory('form', 'F12-referral');
          expect(history.at(-1)).toMatchObject({
            action: 'published',
            version: 2,
            by: { id: 'cli:Ib Admin', name: 'Ib Admin' },
            comment: 'Fra git',
            details: { approvedBy: 'Eva Kvalitet', classification: 'breaking' },
          });
        } finally {
          await storage.close();
        }
        expect(field).toBeTruthy();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
