import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createPregnantFamily, startTestServer, type TestServer } from '../api/startTestServer';
import { findAccessibilityViolations, launchBrowser } from './browser';

// The access-log screen (#/audit) in real Chromium at tablet width: the citizen's copy with staff names
// hidden, a spot check, and the chain check; keyboard only where it matters, axe on every state.

let server: TestServer;
let browser: Browser;
let page: Page;
let familyId: string;

beforeAll(async () => {
  server = await startTestServer({ schedulerIntervalMs: 0 });
  const worker = createClient(server.url);
  await worker.login();
  familyId = (await createPregnantFamily(worker)).family.id;
  // More look-ups than one page of the view (100), so "Vis flere" has older ones to show.
  for (let i = 0; i < 110; i++) await worker.get(`/api/families/${familyId}`);
  await worker.post('/api/audit/print', { familyId });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the access log screen', () => {
  it("shows an auditor the look-ups in a family's data, with staff names hidden for the citizen's copy", async () => {
    await page.goto(server.url);
    await page.getByLabel('Brugernavn').fill('administrator');
    await page.getByLabel('Adgangskode').fill('demo-administrator');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('button', { name: 'Log ud' }).waitFor();
    await page.goto(`${server.url}/#/audit`);
    await page.getByRole('heading', { level: 1, name: 'Adgangslog' }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // Keyboard: type the id and press Enter in the field.
    await page.getByLabel('Familiens id').fill(familyId);
    expect(await page.getByLabel('Skjul medarbejdernes navne').isChecked()).toBe(true);
    await page.getByLabel('Familiens id').press('Enter');
    const table = page.getByRole('table', { name: 'Opslag i en borgers data' });
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain('Udskrevet');
    expect(text).toContain('Udskrift');
    expect(text).toContain('Skjult');
    expect(text).not.toContain('Hanne');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Skjul medarbejdernes navne').uncheck();
    await page.getByRole('button', { name: 'Vis opslag' }).first().click();
    await expect.poll(() => table.textContent()).toContain('Hanne Sundhedsplejerske');
  });

  it('shows older look-ups a page at a time with "Vis flere", until there are no more', async () => {
    const table = page.getByRole('table', { name: 'Opslag i en borgers data' });
    // 100 rows and the header.
    await expect.poll(() => table.getByRole('row').count()).toBe(101);
    const more = page.getByRole('button', { name: 'Vis flere' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(101);
    // The second page was the last (short): the button is gone, and the oldest look-up (the registration) shows.
    await expect.poll(() => more.count()).toBe(0);
    expect(await table.textContent()).toContain('Ændret');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('draws a spot check and checks the chain', async () => {
    await page.getByLabel('Antal opslag').fill('3');
    await page.getByRole('button', { name: 'Træk stikprøve' }).click();
    const sample = page.getByRole('table', { name: 'Stikprøve' });
    await sample.waitFor();
    expect(await sample.getByRole('row').count()).toBe(4);

    await page.getByRole('button', { name: 'Kontrollér loggen' }).click();
    await expect.poll(() => page.getByText(/^Loggen er hel: \d+ poster/).count()).toBe(1);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
