import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './browser';
import { useWalk } from './useWalk';

const forms = fileURLToPath(new URL('../../definitions/forms/', import.meta.url));

describe('a health visitor answers the staff survey, outside any family', () => {
  const walk = useWalk({
    workflowFile: 'referral.v1.json',
    prepareDefinitions: async (dir) => {
      for (const file of ['F33-staff-survey.v2.json', 'F34-activity-registration.v2.json'])
        await copyFile(join(forms, file), join(dir, 'forms', file));
    },
  });

  it('fills in the survey from "Registreringer" and sees it listed as hers', async () => {
    const { page, worker } = walk;
    await worker.login();
    await page.getByRole('navigation').getByRole('link', { name: 'Registreringer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registreringer uden familie' }).waitFor();
    expect(await page.getByText('Der er ingen registreringer endnu.').isVisible()).toBe(true);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page
      .getByRole('link', { name: 'Udfyld Spørgeskema til medarbejdere om tværfagligt samarbejde' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Spørgeskema til medarbejdere om tværfagligt samarbejde' })
      .waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // Saving too early names what is missing, in Danish, before anything is sent.
    await page.getByRole('button', { name: 'Gem registrering' }).click();
    const summary = page.getByRole('group', { name: 'Der er fejl i formularen' });
    await expect.poll(() => summary.textContent()).toContain('Faggruppe');

    await page.getByLabel('Spørgerunde (år)').fill('2026');
    await page.getByRole('radio', { name: 'Sundhedsplejerske', exact: true }).check();
    await page.getByRole('radio', { name: 'Sundhedsplejen' }).check();
    await page.getByRole('button', { name: 'Gem registrering' }).click();

    await page.getByRole('heading', { level: 1, name: 'Registreringer uden familie' }).waitFor();
    expect(await page.getByText('Registreringen er gemt.').isVisible()).toBe(true);
    const item = page.locator('.record-item').first();
    expect(await item.textContent()).toContain('Spørgeskema til medarbejdere om tværfagligt samarbejde');
    expect(await item.textContent()).toContain('Udfyldt af dig');
  });

  it('fills in the activity registration a page at a time, and is sent back to the page with a problem', async () => {
    const { page } = walk;
    await page.goto(`${walk.server.url}/#/records`);
    await page.getByRole('link', { name: 'Udfyld Registrering af aktiviteter (evalueringskit)' }).click();
    const heading = page.locator('.form-page-heading');
    await expect.poll(() => heading.textContent()).toBe('Side 1 af 7');
    expect(await page.getByRole('button', { name: 'Gem registrering' }).count()).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // Next page: its heading takes focus, so a screen reader starts at the top of the new page.
    await page.getByRole('button', { name: 'Næste side' }).click();
    await expect.poll(() => heading.textContent()).toBe('Side 2 af 7: 1½ års besøg');
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('group', { name: '1½ års besøg' }).getByLabel('Familier tilbudt besøget').fill('51');

    for (let n = 3; n <= 7; n++) await page.getByRole('button', { name: 'Næste side' }).click();
    await expect.poll(() => heading.textContent()).toBe('Side 7 af 7');
    await page.getByRole('button', { name: 'Gem registrering' }).click();

    // The required period is on page 1: the form goes back there and says what is missing.
    await expect.poll(() => heading.textContent()).toBe('Side 1 af 7');
    const summary = page.getByRole('group', { name: 'Der er fejl i formularen' });
    await expect.poll(() => summary.textContent()).toContain('Periodens første dag');
    await page.getByLabel('Periodens første dag').fill('2026-05-06');
    await page.getByLabel('Periodens sidste dag').fill('2026-09-05');
    await page.getByRole('radio').first().check();
    for (let n = 2; n <= 7; n++) await page.getByRole('button', { name: 'Næste side' }).click();
    await page.getByRole('button', { name: 'Gem registrering' }).click();

    await page.getByRole('heading', { level: 1, name: 'Registreringer uden familie' }).waitFor();
    // Both records carry the walk's (fixed) clock time: find this one by its title.
    const saved = page.locator('.record-item', { hasText: 'Registrering af aktiviteter (evalueringskit)' });
    expect(await saved.count()).toBe(1);
  });
});
