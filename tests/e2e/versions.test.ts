import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormDefinition, JsonSchema, StateConfig, WorkflowDefinition } from '../../runtime';
import { hashPassword } from '../../server/auth/passwords';
import { createClient, createPregnantFamily, startD1, type Client } from '../api/startTestServer';
import { findAccessibilityViolations } from './browser';
import { useWalk } from './useWalk';

const FORM = 'F03-offer-response';

/** ishoej.d1 version 2 beside version 1: a need-visit step after the 3-month visit. */
async function addD1v2(definitionsDir: string): Promise<void> {
  const path = join(definitionsDir, 'workflows', 'ishoej.d1.v1.json');
  const v2 = JSON.parse(await readFile(path, 'utf8')) as WorkflowDefinition;
  v2.version = 2;
  const visits = v2.machine.states.course?.states?.visits?.states as Record<string, StateConfig>;
  visits.needVisit = {
    meta: {
      title: { da: 'Behovsbesøg', en: 'Need visit' },
      forms: ['F05-visit'],
      roles: ['sundhedsplejerske'],
    },
    on: { FORM_SUBMITTED: 'visit5m' },
  };
  await writeFile(join(definitionsDir, 'workflows', 'ishoej.d1.v2.json'), JSON.stringify(v2));
}

async function apiAs(url: string, username: string): Promise<Client> {
  const client = createClient(url);
  await client.login(username, `demo-${username}`);
  return client;
}

describe('versions: an editor changes a form, an administrator reviews the diff and publishes it', () => {
  const walk = useWalk({ workflowFile: 'ishoej.d1.v1.json', prepareDefinitions: addD1v2 });

  const signIn = async (username: string) => {
    const { page, worker } = walk;
    await page.goto(walk.server.url);
    // Wait for the app to say whether someone is still logged in before acting on it.
    const logout = page.getByRole('button', { name: 'Log ud' });
    await logout.or(worker.heading('Log ind')).first().waitFor();
    if (await logout.isVisible()) await worker.logout();
    await worker.heading('Log ind').waitFor();
    await page.getByLabel('Brugernavn').fill(username);
    await page.getByLabel('Adgangskode').fill(`demo-${username}`);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('button', { name: 'Log ud' }).waitFor();
  };
  const open = async (hash: string, heading: string | RegExp) => {
    await walk.page.goto(`${walk.server.url}/${hash}`);
    await walk.worker.heading(heading).waitFor();
  };
  const expectNoViolations = async () => expect(await findAccessibilityViolations(walk.page)).toEqual([]);

  it('the editor saves a changed draft (API) and submits it for review on the versions page', async () => {
    const editor = await apiAs(walk.server.url, 'redaktoer');
    const latest = await editor.get<FormDefinition>(`/api/forms/${FORM}/versions/1`);
    const content = structuredClone(latest.body);
    content.version = 2;
    ((content.schema.properties as Record<string, JsonSchema>).offerDate as JsonSchema).title =
      'Dato for tilbud';
    const saved = await editor.request(
      'PUT',
      `/api/definition-drafts/form/${FORM}`,
      { content },
      { 'If-Match': '"0"' },
    );
    expect(saved.status).toBe(200);

    await signIn('redaktoer');
    await open('#/versions', 'Versioner og godkendelse');
    await expectNoViolations();
    const drafts = walk.page.getByRole('table', { name: 'Kladder' });
    await drafts.getByRole('link', { name: /Tilbud/ }).click();
    await walk.worker.heading(/^Versioner: /).waitFor();
    await walk.page.getByText('Kladde', { exact: true }).first().waitFor();
    await walk.page.getByLabel('Begrundelse').fill('Kortere ledetekst til datoen');
    await walk.page.getByRole('button', { name: 'Send til godkendelse' }).click();
    await walk.page.getByText('Til godkendelse', { exact: true }).waitFor();
    await expectNoViolations();
  });

  it('the administrator sees the release notes and the classification, approves and publishes: v2 is listed', async () => {
    const { page } = walk;
    await signIn('administrator');
    await open(`#/versions/form/${FORM}`, /^Versioner: /);
    const notes = page.locator('.release-notes');
    await notes.getByText('Feltet "Dato for tilbuddet" hedder nu "Dato for tilbud".').waitFor();
    expect(await page.getByTestId('classification').getByRole('heading').textContent()).toBe(
      'Sikker ændring',
    );
    await page
      .getByRole('table')
      .filter({ hasText: 'Før' })
      .getByRole('rowheader', { name: /Dato for tilbud/ })
      .waitFor();
    await expectNoViolations();

    await page.getByLabel('Begrundelse').first().fill('Set og godkendt');
    await page.getByRole('button', { name: 'Godkend' }).click();
    await page.getByRole('status').filter({ hasText: 'Udført.' }).waitFor();
    await page.getByLabel('Begrundelse').first().fill('Udgives til alle');
    await page.getByRole('button', { name: 'Udgiv' }).click();
    await page.getByText('Der er ingen kladde til denne definition.').waitFor();
    const versions = page.getByTestId('version-list');
    await versions.getByRole('rowheader', { name: 'v2' }).waitFor();
    expect(await versions.getByRole('row').filter({ hasText: 'v2' }).textContent()).toContain(
      'Udgives til alle',
    );
    await expectNoViolations();
  });

  it('the administrator plans, runs and undoes a migration of a running pathway on the planner screen', async () => {
    const { page } = walk;
    const worker = await apiAs(walk.server.url, 'sundhedsplejerske');
    const { family, child } = await createPregnantFamily(worker);
    const pathway = await startD1(worker, family.id, child.id);
    expect((await worker.get(`/api/pathways/${pathway.id}`)).body.workflow.version).toBe(2);

    await open('#/versions/workflow/ishoej.d1', /^Versioner: /);
    const planner = page.getByRole('region', { name: 'Flyt familier til en ny version' });
    await planner.getByLabel('Fra version').selectOption('2');
    await planner.getByLabel('Til version').selectOption('1');
    await planner.getByRole('button', { name: 'Prøvekørsel' }).click();
    const summary = planner.getByTestId('dry-run-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe(
      '1 familie i Registrering af familien flyttes til Registrering af familien.',
    );
    await expectNoViolations();

    await planner.getByLabel('Begrundelse for flytningen').fill('Tilbage til version 1 under afprøvning');
    await planner.getByRole('button', { name: 'Flyt familierne' }).click();
    await planner.getByRole('status').filter({ hasText: '1 forløb flyttet fra version 2 til 1' }).waitFor();
    expect((await worker.get(`/api/pathways/${pathway.id}`)).body.workflow.version).toBe(1);

    await planner.getByRole('button', { name: 'Fortryd flytningen' }).click();
    await planner.getByRole('status').filter({ hasText: '1 forløb er sat tilbage.' }).waitFor();
    expect((await worker.get(`/api/pathways/${pathway.id}`)).body.workflow.version).toBe(2);
    await expectNoViolations();
  });

  it('refuses to publish a breaking change until a second administrator has approved it (API)', async () => {
    const users = await walk.server.storage.listUsers();
    const admin = users.find((u) => u.username === 'administrator')!;
    await walk.server.storage.putUser({
      ...admin,
      id: 'second-administrator',
      username: 'administrator2',
      name: 'Anden Administrator',
      passwordHash: await hashPassword('demo-administrator2'),
    });
    const editor = await apiAs(walk.server.url, 'redaktoer');
    const first = await apiAs(walk.server.url, 'administrator');
    const second = await apiAs(walk.server.url, 'administrator2');
    const latest = await editor.get<FormDefinition>(`/api/forms/${FORM}/versions/2`);
    const content = structuredClone(latest.body);
    content.version = 3;
    delete (content.schema.properties as Record<string, JsonSchema>).presentedAs;
    // The field goes everywhere it is named: its layout, its place in the order and its English label.
    const ui = content.uiSchema as Record<string, unknown>;
    delete ui.presentedAs;
    ui['ui:order'] = (ui['ui:order'] as string[]).filter((name) => name !== 'presentedAs');
    delete content.translations?.en?.presentedAs;
    const path = `/api/definition-drafts/form/${FORM}`;
    let draft = await editor.request('PUT', path, { content }, { 'If-Match': '"0"' });
    draft = await editor.post(
      `${path}/submit`,
      { comment: 'Feltet bruges ikke' },
      { 'If-Match': `"${draft.body.revision}"` },
    );
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);

    const diff = await first.get(`/api/definitions/form/${FORM}/diff?from=2&to=draft`);
    expect(diff.body.classification.level).toBe('breaking');
    expect(diff.body.releaseNotes.da).toContain(
      'Feltet "Sådan blev tilbuddet præsenteret for familien" er fjernet.',
    );

    const revision = () => ({ 'If-Match': `"${draft.body.revision}"` });
    const refused = await first.post(`${path}/publish`, { comment: 'Udgiv' }, revision());
    expect(refused.status).toBe(422);
    draft = await first.post(`${path}/approve`, { comment: 'Jeg har set den' }, revision());
    const stillRefused = await first.post(`${path}/publish`, { comment: 'Udgiv' }, revision());
    expect(stillRefused.status).toBe(422);
    draft = await second.post(`${path}/approve`, { comment: 'Anden godkendelse' }, revision());
    const published = await first.post(`${path}/publish`, { comment: 'Udgiv' }, revision());
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ version: 3, classification: { level: 'breaking' } });
  });
});
