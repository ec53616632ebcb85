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
    prepareDefinitions: (dir) =>
      copyFile(join(forms, 'F33-staff-survey.v2.json'), join(dir, 'forms', 'F33-staff-survey.v2.json')),
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
});
