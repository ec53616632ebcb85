import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/startServer';
import { findAccessibilityViolations, launchBrowser, readDescription } from './browser';
import { copyWorkflowDefinitions } from './copyWorkflowDefinitions';

// One health visitor's morning, in order: each step starts where the previous one left the page.

const definitions = new URL('../../definitions/', import.meta.url);
const readTitle = async (file: string): Promise<string> =>
  (JSON.parse(await readFile(new URL(file, definitions), 'utf8')) as { title: { da: string } }).title.da;

/** The due date the health visitor enters: four months ahead, as she would see it written. */
const due = new Date(Date.now() + 120 * 86_400_000);
const dueIso = due.toISOString().slice(0, 10);
const dueDanish = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(due);
const today = new Date().toISOString().slice(0, 10);

describe('a health visitor works through Ishøj Delindsats 1 in the browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let dataDir: string;
  let browser: Browser;
  let page: Page;
  let workflowTitle: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'forloeb-e2e-'));
    const definitionsDir = join(dataDir, 'definitions');
    await copyWorkflowDefinitions('ishoej.d1.v1.json', definitionsDir);
    server = await startServer({ port: 0, dataDir: join(dataDir, 'data'), definitionsDir });
    browser = await launchBrowser();
    // A tablet held upright: the narrowest width the app is made for. axe needs an explicit context.
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    workflowTitle = await readTitle('workflows/ishoej.d1.v1.json');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const saveForm = () => page.getByRole('button', { name: 'Gem skema' }).click();
  const expectNoViolations = async (screen: string) =>
    expect(await findAccessibilityViolations(page), `axe on the ${screen} screen`).toEqual([]);

  it('logs in from an accessible login page', async () => {
    await page.goto(server.url);
    await heading('Log ind').waitFor();
    await expectNoViolations('login');

    await page.getByLabel('Brugernavn').fill('sundhedsplejerske');
    await page.getByLabel('Adgangskode').fill('demo-sundhedsplejerske');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await heading('Familier').waitFor();
  });

  it('registers a family with a pregnant woman and her due date', async () => {
    await page.getByRole('link', { name: 'Opret familie' }).click();
    await heading('Opret familie').waitFor();
    await page.getByLabel('Den gravides navn').fill('Sara Jensen');
    await page.getByLabel('Termin').fill(dueIso);
    await page.getByRole('button', { name: 'Opret familie' }).click();

    await heading('Familien Sara Jensen').waitFor();
    await page.getByRole('status').getByText('Familien Sara Jensen er oprettet.').waitFor();
    await page.getByText(`termin ${dueDanish}`).first().waitFor();
  });

  it('lists the family on an accessible families page', async () => {
    await page.getByRole('link', { name: 'Tilbage til familier' }).click();
    await heading('Familier').waitFor();
    await page.getByRole('link', { name: 'Familien Sara Jensen' }).waitFor();
    await expectNoViolations('families');

    const search = page.getByRole('searchbox', { name: 'Søg efter familie' });
    await search.fill('Nielsen');
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.getByText('Ingen familier fundet.').waitFor();
    await search.fill('sara');
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.getByRole('link', { name: 'Familien Sara Jensen' }).click();
    await heading('Familien Sara Jensen').waitFor();
  });

  it('starts Ishøj Delindsats 1 for the expected child', async () => {
    await page.getByRole('combobox', { name: 'Forløb', exact: true }).selectOption({ label: workflowTitle });
    await page.getByRole('button', { name: 'Start forløb' }).click();
    await page.getByRole('heading', { level: 3, name: workflowTitle }).waitFor();
    await page.getByText('Registrering af familien', { exact: true }).waitFor();
  });

  it('fills in the family registration on an accessible step screen', async () => {
    const f01 = await readTitle('forms/F01-family-registration.v1.json');
    await page.getByRole('link', { name: `Udfyld: ${f01}` }).click();
    await heading(f01).waitFor();
    await page.getByText('Ikke specificeret endnu').first().waitFor();
    await expectNoViolations('step form');

    await page.getByRole('radio', { name: 'Sundhedsplejens graviditetsbesøg' }).check();
    await page
      .getByRole('checkbox', { name: 'Forældrene ønsker forandring ifht. familiens trivsel og sundhed' })
      .check();
    await page.getByRole('group', { name: 'Førstegangsforældre' }).getByRole('radio', { name: 'Ja' }).check();
    await saveForm();
    await heading(`Skemaet ”${f01}” er gemt.`).waitFor();
  });

  it('records that the family accepted the offer', async () => {
    const f03 = await readTitle('forms/F03-offer-response.v1.json');
    await page.getByRole('link', { name: `Udfyld: ${f03}` }).click();
    await heading(f03).waitFor();
    await page.getByRole('combobox', { name: 'Tilbud', exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Dato for tilbuddet').fill(today);
    await page
      .getByRole('group', { name: 'Tilbuddet er givet via' })
      .getByRole('radio', { name: 'Telefon' })
      .check();
    await page
      .getByRole('group', { name: 'Familiens svar' })
      .getByRole('radio', { name: 'Takket ja' })
      .check();
    await saveForm();
    await heading(`Skemaet ”${f03}” er gemt.`).waitFor();
  });

  it('records the consent', async () => {
    const f02 = await readTitle('forms/F02-consent.v1.json');
    await page.getByRole('link', { name: `Udfyld: ${f02}` }).click();
    await heading(f02).waitFor();
    const answer = (group: string, option: string) =>
      page.getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true }).check();
    await answer('Samtykke til at deltage i projektet', 'Ja');
    await answer('Drøftelse i det tværfaglige team', 'Sagen må drøftes med navn');
    await answer('Oplysninger må deles med barnets dagtilbud', 'Ja');
    await answer('korrespondancebrev til egen læge', 'Ja');
    await answer('Kontaktoplysninger må gives videre', 'Ja');
    await answer('Samtykket er givet af', 'Mor');
    await page.getByLabel('Dato for samtykke').fill(today);
    await saveForm();
    await heading(`Skemaet ”${f02}” er gemt.`).waitFor();
  });

  it('shows the visit form in English after switching language, and Danish again after switching back', async () => {
    const f05 = await readTitle('forms/F05-visit.v1.json');
    await page.getByRole('link', { name: `Udfyld: ${f05}` }).click();
    await heading(f05).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Date of the visit').waitFor();
    await page.getByLabel('Visit type').waitFor();
    await page.getByRole('heading', { name: 'Not yet specified' }).waitFor();
    await page.getByRole('button', { name: 'Save form' }).waitFor();

    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByLabel('Dato for besøget').waitFor();
  });

  it('refuses the visit without a date with the Danish message, then saves it', async () => {
    await page.getByLabel('Besøgstype').selectOption({ label: 'Ekstra graviditetsbesøg' });
    await saveForm();

    const summary = page.getByRole('group', { name: 'Der er fejl i formularen' });
    await summary.getByRole('link', { name: 'Dato for besøget: Skal udfyldes' }).waitFor();
    const date = page.getByLabel('Dato for besøget');
    expect(await readDescription(date)).toContain('Skal udfyldes');
    await expectNoViolations('step form with errors');

    await summary.getByRole('link', { name: 'Dato for besøget: Skal udfyldes' }).click();
    expect(await date.evaluate((input) => input === input.ownerDocument.activeElement)).toBe(true);
    await date.fill(today);
    await saveForm();
    await heading(/er gemt\.$/).waitFor();
  });

  it('shows the next step, awaiting the birth, due on the due date she entered', async () => {
    const step = page.getByRole('listitem').filter({ hasText: 'Afventer fødsel' }).first();
    await step.waitFor();
    expect(await step.textContent()).toContain(`forfalder ${dueDanish}`);

    await page.getByRole('link', { name: 'Tilbage til familien' }).first().click();
    await heading('Familien Sara Jensen').waitFor();
    await page.getByRole('heading', { name: 'Tidslinje' }).waitFor();
  });

  it('registers the birth, after which the visit at three months is the next step', async () => {
    await page.getByRole('button', { name: 'Registrér fødsel for Barn af Sara Jensen' }).click();
    await page.getByLabel('Fødselsdato').fill(today);
    await page.getByRole('button', { name: 'Gem' }).click();

    await page.getByRole('status').getByText('Fødslen er registreret for Barn af Sara Jensen.').waitFor();
    await page.getByText('Hjemmebesøg ved barnets 3. mdr.', { exact: true }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Fødsel registreret' }).first().waitFor();
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: 'Log ud' }).click();
    await heading('Log ind').waitFor();
  });
});
