import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { toIsoDate } from '../../runtime';
import { createClient } from '../api/startTestServer';
import { createWorker, type Worker } from './createWorker';
import { readDefinitionTitle } from './readDefinitionTitle';
import { seedWorkFamily, type SeededFamily } from './seedWorkFamily';
import { useWalk } from './useWalk';

// Nothing typed is lost: not when the connection drops (even across a reload), and not when another device
// saved the same draft meanwhile — then both versions are shown and the worker chooses.

// Optional fields: the label says so.
const EXPLANATION = 'Fritekstforklaring (valgfrit)';
const AGE_FIELD = 'Barnets alder ved observationen (uger)';
const AGE = `${AGE_FIELD} (valgfrit)`;

describe('drafts on the step screen survive a dropped connection and show conflicts', () => {
  const walk = useWalk({ workflowFile: 'ishoej.d1.v1.json' });
  let offlineFamily: SeededFamily;
  let conflictFamily: SeededFamily;
  let submittedFamily: SeededFamily;
  let adbbTitle: string;
  let today: string;
  /** The tablet's tab: reopened in the first test. */
  let page: Page;
  let worker: Worker;

  beforeAll(async () => {
    const seed = (familyName: string, childName: string) =>
      seedWorkFamily(walk.server.url, { familyName, childName, today: walk.now(), monthsOld: 2 });
    offlineFamily = await seed('Familien Berg', 'Alma Berg');
    conflictFamily = await seed('Familien Dahl', 'Noah Dahl');
    submittedFamily = await seed('Familien Lund', 'Ella Lund');
    adbbTitle = await readDefinitionTitle('forms', 'F07-adbb');
    today = toIsoDate(walk.now());
  });

  const formUrl = (family: SeededFamily) =>
    `${walk.server.url}/#/families/${family.familyId}/pathways/${family.pathwayId}/forms/F07-adbb`;
  const status = (page: Page) => page.getByRole('status', { name: 'Kladde' });
  /**
   * Chromium's offline emulation lets a request out that a page sends while it closes; the context's own
   * routing stops those too, so "offline" means that nothing reaches the server.
   */
  const setOnline = async (context: BrowserContext, online: boolean) => {
    await context.setOffline(!online);
    if (online) await context.unroute('**/api/**');
    else await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
  };
  const apiAsWorker = async () => {
    const client = createClient(walk.server.url);
    await client.login();
    return client;
  };

  it('keeps what is typed offline on the device, across closing and reopening the tab, and restores it with a notice', async () => {
    page = walk.page;
    worker = walk.worker;
    await worker.login();
    await page.goto(formUrl(offlineFamily));
    await worker.heading(adbbTitle).waitFor();
    await worker.type('Dato for observationen', today);
    await status(page)
      .getByText(/^Gemt \d/)
      .waitFor();

    await setOnline(page.context(), false);
    await worker.choose('ADBB-version', '8 adfærdspunkter');
    await worker.choose('Er resultatet over cut-off efter ADBB-manualen?', 'Ja');
    await worker.type(EXPLANATION, 'Skrevet uden forbindelse i familiens stue.');
    await status(page).getByText('Ikke forbundet – gemt på enheden').waitFor();
    await worker.expectNoViolations('step form offline');

    // Only the device has it: the server still has the draft from before the connection dropped.
    const client = await apiAsWorker();
    const before = await client.get(`/api/pathways/${offlineFamily.pathwayId}/drafts/F07-adbb`);
    expect(before.body).toMatchObject({ version: 1, data: { observationDate: today } });
    expect(before.body.data).not.toHaveProperty('explanation');

    // The tablet's browser closes the tab and opens it again without a connection: the app cannot even load.
    const context = page.context();
    await page.close();
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    worker = createWorker(page, walk.server.url);
    await expect(page.goto(formUrl(offlineFamily))).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await setOnline(context, true);
    await page.goto('about:blank');
    await page.goto(formUrl(offlineFamily));
    await worker.heading(adbbTitle).waitFor();
    // Usually from the device; Chromium may still let the closing tab's last save out (see setOnline), and
    // then the server has the same answers — either way nothing typed offline is lost.
    await page.getByText(/^Din kladde fra .+ er hentet fra (enheden|serveren)\.$/).waitFor();
    expect(await page.getByLabel(EXPLANATION, { exact: true }).inputValue()).toBe(
      'Skrevet uden forbindelse i familiens stue.',
    );
    expect(
      await page
        .getByRole('group', { name: 'ADBB-version', exact: true })
        .getByRole('radio', { name: '8 adfærdspunkter' })
        .isChecked(),
    ).toBe(true);
    await worker.expectNoViolations('step form with a restored draft');

    // Back online, the restored page brings the server up to date (unless it already was).
    await expect
      .poll(async () => {
        const draft = await client.get(`/api/pathways/${offlineFamily.pathwayId}/drafts/F07-adbb`);
        return (draft.body as { data?: Record<string, unknown> }).data?.explanation;
      })
      .toBe('Skrevet uden forbindelse i familiens stue.');
    await status(page)
      .getByText(/^(Gemt \d|Kladden gemmes automatisk)/)
      .waitFor();
  });

  it('queues the submit while offline and sends it once when the connection returns', async () => {
    await setOnline(page.context(), false);
    await page.getByRole('button', { name: 'Gem skema' }).click();
    await status(page)
      .getByText('Ikke forbundet – skemaet er gemt på enheden og sendes, når forbindelsen er tilbage')
      .waitFor();
    await setOnline(page.context(), true);
    await worker.heading(`Skemaet ”${adbbTitle}” er gemt.`).waitFor();

    const client = await apiAsWorker();
    const timeline = await client.get<{ kind: string; formId?: string; pathwayId?: string }[]>(
      `/api/families/${offlineFamily.familyId}/timeline`,
    );
    const adbb = timeline.body.filter(
      (e) => e.kind === 'submission' && e.formId === 'F07-adbb' && e.pathwayId === offlineFamily.pathwayId,
    );
    expect(adbb).toHaveLength(1);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('forloeb.draft.'))),
    ).toEqual([]);
  });

  it('shows both versions when another device saved the same draft meanwhile, and saves the chosen ones', async () => {
    await page.goto(formUrl(conflictFamily));
    await worker.heading(adbbTitle).waitFor();

    const browser = page.context().browser();
    if (!browser) throw new Error('The walk has no browser');
    const other = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' });
    try {
      const otherPage = await other.newPage();
      otherPage.setDefaultTimeout(10_000);
      const otherWorker = createWorker(otherPage, walk.server.url);
      await otherWorker.login();
      await otherPage.goto(formUrl(conflictFamily));
      await otherWorker.heading(adbbTitle).waitFor();
      await otherWorker.type(AGE, '10');
      await status(otherPage)
        .getByText(/^Gemt \d/)
        .waitFor();
    } finally {
      await other.close();
    }

    await worker.type(AGE, '9');
    const conflict = page.getByRole('region', { name: 'Konflikt: skemaet er ændret et andet sted' });
    await conflict.waitFor();
    await status(page).getByText('Konflikt').waitFor();
    const field = conflict.getByRole('group', { name: AGE_FIELD });
    expect(await field.getByRole('radio', { name: 'Min udgave: 9' }).isChecked()).toBe(true);
    await field.getByRole('radio', { name: 'Den anden udgave: 10' }).waitFor();
    await worker.expectNoViolations('conflict view');

    await field.getByRole('radio', { name: /^Den anden udgave/ }).check();
    await conflict.getByRole('button', { name: 'Brug de valgte udgaver' }).click();
    await page
      .getByRole('status')
      .getByText('Konflikten er løst. Kladden er gemt med de valgte udgaver.')
      .waitFor();
    await status(page)
      .getByText(/^Gemt \d/)
      .waitFor();
    expect(await page.getByLabel(AGE, { exact: true }).inputValue()).toBe('10');

    const client = await apiAsWorker();
    const draft = await client.get(`/api/pathways/${conflictFamily.pathwayId}/drafts/F07-adbb`);
    expect(draft.body).toMatchObject({ version: 2, data: { childAgeWeeks: 10 } });
  });

  it('shows what was submitted from another session while she typed, and lets her keep it', async () => {
    await page.goto(formUrl(submittedFamily));
    await worker.heading(adbbTitle).waitFor();
    await worker.type('Dato for observationen', today);
    await status(page)
      .getByText(/^Gemt \d/)
      .waitFor();

    const browser = page.context().browser();
    if (!browser) throw new Error('The walk has no browser');
    const other = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' });
    try {
      const otherPage = await other.newPage();
      otherPage.setDefaultTimeout(10_000);
      const otherWorker = createWorker(otherPage, walk.server.url);
      await otherWorker.login();
      await otherPage.goto(formUrl(submittedFamily));
      await otherWorker.heading(adbbTitle).waitFor();
      await otherPage.getByText(/^Din kladde fra .+ er hentet fra serveren\.$/).waitFor();
      await otherWorker.choose('ADBB-version', '7 items');
      await otherWorker.choose('Er resultatet over cut-off efter ADBB-manualen?', 'Nej');
      await otherWorker.saveForm(adbbTitle);
    } finally {
      await other.close();
    }

    await worker.type(AGE, '9');
    const conflict = page.getByRole('region', { name: 'Konflikt: skemaet er ændret et andet sted' });
    await conflict.waitFor();
    await conflict.getByText(/^Skemaet er indsendt af en anden /).waitFor();
    const version = conflict.getByRole('group', { name: 'ADBB-version' });
    await version.getByRole('radio', { name: 'Min udgave: (tom)' }).waitFor();
    await version.getByRole('radio', { name: 'Den anden udgave: 7 items' }).waitFor();
    await conflict
      .getByRole('group', { name: AGE_FIELD })
      .getByRole('radio', { name: 'Min udgave: 9' })
      .waitFor();
    await worker.expectNoViolations('conflict view after a submit elsewhere');

    await conflict.getByRole('link', { name: 'Behold den indsendte og gå tilbage til familien' }).click();
    await worker.heading('Familien Lund').waitFor();
    // Her version of this form is gone from the device (the Dahl family's draft from before stays).
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((k) => k.includes(submittedFamily.pathwayId))).toEqual([]);
    expect(keys.filter((k) => k.includes(conflictFamily.pathwayId))).toHaveLength(1);
  });

  it('removes every draft from the device when she logs out', async () => {
    await worker.logout();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((k) => k.startsWith('forloeb.draft.'))).toEqual([]);
  });
});
