import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/startServer';
import { generateHedensted } from '../support/generateHedensted';
import { generateLevelledFamilies } from '../support/generateLevelledFamilies';
import { findAccessibilityViolations, launchBrowser } from './browser';

// The lead health visitor opens the evaluation dashboard over the generated Hedensted population, narrows
// it to the project and a period, drills down to the families behind a number and exports the table.

describe('the lead health visitor evaluates Hedensted on the dashboard', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const card = (id: string) => page.getByRole('article', { name: new RegExp(`^${id} `) });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'forloeb-e2e-reports-'));
    server = await startServer({ port: 0, dataDir, schedulerIntervalMs: 0 });
    await generateHedensted(server);
    await generateLevelledFamilies(server);
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 768, height: 1024 },
      locale: 'da-DK',
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('opens "Evaluering" from the menu and shows the programme filter, with no axe violations', async () => {
    await page.goto(server.url);
    await page.getByLabel('Brugernavn').fill('ledende');
    await page.getByLabel('Adgangskode').fill('demo-ledende');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('link', { name: 'Evaluering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Evaluering' }).waitFor();
    await page.getByLabel('Projekt').waitFor();
    await page.getByText(/\d+ nøgletal/).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('filters by programme and period: 57 % of 51 offered at 1½ years, 61 % at 3 years, 33 % for COS-P', async () => {
    await page.getByLabel('Projekt').selectOption({ label: 'Hedensted – De første 1.000 dage' });
    await page.getByLabel('Fra dato').fill('2019-12-01');
    await page.getByLabel('Til dato').fill('2021-12-31');
    await page.getByRole('button', { name: 'Vis nøgletal' }).click();
    await card('K07').getByText('57 %').waitFor();
    expect(
      await card('K07')
        .getByText(/Besøgt 29 \/ Tilbudt 51/)
        .count(),
    ).toBe(1);
    await card('K08').getByText('61 %').waitFor();
    await card('K09').getByText('33 %').waitFor();
    expect(await card('K07').getByText('Mål: 90 %', { exact: false }).count()).toBe(1);
    await card('K07').getByRole('figure').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('leaves out spring 2020 and shows fewer families offered', async () => {
    await page.getByLabel('Udelad fra').fill('2020-03-01');
    await page.getByLabel('Udelad til').fill('2020-05-01');
    await page.getByRole('button', { name: 'Udelad perioden' }).click();
    await page.getByRole('button', { name: 'Fjern udeladt periode 2020-03-01 – 2020-05-01' }).waitFor();
    await page.getByRole('button', { name: 'Vis nøgletal' }).click();
    await card('K07')
      .getByText(/Tilbudt (4[0-9]|3[0-9])\)/)
      .waitFor();
    await page.getByRole('button', { name: 'Fjern udeladt periode 2020-03-01 – 2020-05-01' }).click();
    await page.getByRole('button', { name: 'Vis nøgletal' }).click();
    await card('K07')
      .getByText(/Tilbudt 51\)/)
      .waitFor();
  });

  it('opens the table behind the chart and drills down to the 29 families visited, with the keyboard', async () => {
    const k07 = card('K07');
    const toggle = k07.getByRole('button', { name: 'Vis tabel' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const table = k07.getByRole('table', { name: /K07 .* pr\. måned/ });
    await table.waitFor();
    expect(await k07.getByRole('button', { name: 'Skjul tabel' }).getAttribute('aria-expanded')).toBe('true');
    const total = table.getByRole('row', { name: /^I alt/ });
    expect(await total.textContent()).toContain('57 %');
    await total.getByRole('button', { name: /Vis familierne bag Besøgt: 29 \(I alt\)/ }).click();
    const list = k07.getByRole('region', { name: /K07: Besøgt, I alt/ });
    await list.getByText('29 familier').waitFor();
    expect(await list.getByRole('link', { name: /Familien Hedensted/ }).count()).toBe(29);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    const log = await readFile(join(dataDir, 'access.log'), 'utf8');
    expect(log).toContain('"resource":"report:K07:numerator"');
  });

  it('exports the K07 table as CSV and as Excel, both recorded in the access log', async () => {
    const k07 = card('K07');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      k07.getByRole('link', { name: 'Hent CSV' }).click(),
    ]);
    const text = await readFile(await csv.path(), 'utf8');
    expect(text.trim().split('\r\n').at(-1)).toBe('I alt,51,29,57,31,16,4,90');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      k07.getByRole('link', { name: 'Hent Excel (XLSX)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('K07-month.xlsx');
    const log = await readFile(join(dataDir, 'access.log'), 'utf8');
    expect(log).toContain('"resource":"report:K07:csv:month"');
    expect(log).toContain('"resource":"report:K07:xlsx:month"');
  });

  it('breaks model A activities down by level, drills into level 4 and exports the by-level table', async () => {
    await page.getByLabel('Projekt').selectOption({ label: 'Model A' });
    await page.getByRole('button', { name: 'Vis nøgletal' }).click();
    const k28 = card('K28');
    const breakdown = k28.getByLabel('Opdel efter');
    await breakdown.waitFor();
    // The keyboard reaches the choice and changes it, as a screen-reader user would.
    await breakdown.focus();
    await breakdown.selectOption({ label: 'Niveau' });
    await k28.getByRole('figure', { name: /K28 .* pr\. niveau/ }).waitFor();
    await k28.getByRole('button', { name: 'Vis tabel' }).click();
    const table = k28.getByRole('table', { name: /K28 .* pr\. niveau/ });
    await table.waitFor();
    expect(await table.getByRole('columnheader', { name: 'Niveau' }).count()).toBe(1);
    // Hedensted's 51 visits and the model A families without a level at the time are not levelled.
    const notLevelled = table.getByRole('row', { name: /^Ikke niveauinddelt/ });
    expect(await notLevelled.getByRole('cell').first().textContent()).toBe('61');
    const level4 = table.getByRole('row', { name: /^Niveau 4/ });
    await level4.getByRole('button', { name: /Vis familierne bag Aktiviteter: 4 \(Niveau 4\)/ }).click();
    const list = k28.getByRole('region', { name: /K28: Aktiviteter, Niveau 4/ });
    await list.getByText('2 familier').waitFor();
    expect(await list.getByRole('link', { name: /Familien Niveau [48]/ }).count()).toBe(2);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    const log = await readFile(join(dataDir, 'access.log'), 'utf8');
    expect(log).toContain('"resource":"report:K28:denominator:level=4"');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      k28.getByRole('link', { name: 'Hent CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('K28-level.csv');
    const rows = (await readFile(await csv.path(), 'utf8')).trim().split('\r\n');
    expect(rows.map((r) => r.split(',')[0])).toEqual([
      'Niveau',
      'Ikke niveauinddelt',
      'Niveau 1',
      'Niveau 2',
      'Niveau 3',
      'Niveau 4',
      'I alt',
    ]);
  });
});
