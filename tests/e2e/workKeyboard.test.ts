import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDefinitionTitle } from './readDefinitionTitle';
import { seedWorkFamily } from './seedWorkFamily';
import { useWalk } from './useWalk';

// The morning routine with the keyboard only: Tab, Shift+Tab, Enter, Space and the arrow keys — no clicks,
// no fill(). Each step moves focus with Tab until the control it needs has it, as a keyboard user does.

const FAMILY = 'Familien Krog';
const MAX_TABS = 150;

describe("a health visitor's morning routine with the keyboard only", () => {
  const walk = useWalk({ workflowFile: 'ishoej.d1.v1.json' });
  let adbbTitle: string;

  beforeAll(async () => {
    await seedWorkFamily(walk.server.url, {
      familyName: FAMILY,
      childName: 'Karl Krog',
      today: walk.now(),
      monthsOld: 2,
    });
    adbbTitle = await readDefinitionTitle('forms', 'F07-adbb');
  });

  const isFocused = (locator: Locator) =>
    locator.evaluate((element) => element === element.ownerDocument.activeElement);
  /** Presses Tab until the control has focus; fails when it is not reachable by Tab. */
  const tabTo = async (locator: Locator) => {
    await locator.waitFor();
    for (let presses = 0; presses < MAX_TABS; presses++) {
      await walk.page.keyboard.press('Tab');
      if (await isFocused(locator)) return;
    }
    throw new Error(`Tab never reached ${String(locator)}`);
  };
  const key = (name: string) => walk.page.keyboard.press(name);

  it('logs in', async () => {
    const { page, worker } = walk;
    await page.goto(walk.server.url);
    await worker.heading('Log ind').waitFor();
    await tabTo(page.getByLabel('Brugernavn'));
    await page.keyboard.type('sundhedsplejerske');
    await tabTo(page.getByLabel('Adgangskode'));
    await page.keyboard.type('demo-sundhedsplejerske');
    await key('Enter');
    await worker.heading('Mit arbejde').waitFor();
  });

  it("opens the family from today's list and the due ADBB from the family page", async () => {
    const { page, worker } = walk;
    const today = page.getByRole('region', { name: /^I dag/ });
    await tabTo(today.getByRole('link', { name: FAMILY }));
    await key('Enter');
    await worker.heading(FAMILY).waitFor();
    await tabTo(page.getByRole('link', { name: `Udfyld: ${adbbTitle}` }));
    await key('Enter');
    await worker.heading(adbbTitle).waitFor();
  });

  it('fills in the ADBB with keys: a date typed digit by digit, radio buttons with Space and arrows', async () => {
    const { page } = walk;
    const date = page.getByLabel('Dato for observationen');
    await tabTo(date);
    // A date field takes its parts in the order of the browser's own language, not the page's: headless
    // Chromium here is en-US (month, day, year), whatever locale the page is emulated with.
    const [year, month, day] = walk.now().toISOString().slice(0, 10).split('-');
    await page.keyboard.type(`${month}${day}${year}`);
    expect(await date.inputValue()).toBe(`${year}-${month}-${day}`);

    const version = page.getByRole('group', { name: 'ADBB-version', exact: true });
    await tabTo(version.getByRole('radio', { name: '7 items' }));
    await key('Space');
    await key('ArrowDown');
    expect(await version.getByRole('radio', { name: '8 adfærdspunkter' }).isChecked()).toBe(true);

    const cutoff = page.getByRole('group', { name: 'Er resultatet over cut-off efter ADBB-manualen?' });
    await tabTo(cutoff.getByRole('radio', { name: 'Ja' }));
    await key('ArrowDown');
    expect(await cutoff.getByRole('radio', { name: 'Nej' }).isChecked()).toBe(true);

    await tabTo(page.getByRole('button', { name: 'Gem skema' }));
    await key('Enter');
    await walk.worker.heading(`Skemaet ”${adbbTitle}” er gemt.`).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'ADBB i barnets 4. måned' }).first().waitFor();
  });

  it("goes back to today's list, where the family's ADBB is gone", async () => {
    const { page, worker } = walk;
    await tabTo(page.getByRole('link', { name: 'Mit arbejde', exact: true }));
    await key('Enter');
    await worker.heading('Mit arbejde').waitFor();
    const today = page.getByRole('region', { name: /^I dag/ });
    await today.waitFor();
    expect(await today.getByRole('listitem').filter({ hasText: FAMILY }).count()).toBe(0);
    await worker.expectNoViolations('work (Mit arbejde) after the keyboard walk');
  });
});
