import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDefinitionTitle } from './readDefinitionTitle';
import { seedWorkFamily } from './seedWorkFamily';
import { useWalk } from './useWalk';

// The app runs under the server's CSP, `script-src 'self'` without 'unsafe-eval' (issue #10): a step form
// and the form builder's preview validate with validators the server generated, in Danish, and the browser
// reports no blocked script at all.

const FAMILY = 'Familien Holm';

type Recorder = typeof globalThis & { __cspViolations?: string[] };

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const recorder = globalThis as Recorder;
    recorder.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      recorder.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}
const violations = (page: Page) => page.evaluate(() => (globalThis as Recorder).__cspViolations ?? []);

/** Console errors that mean code was refused or failed to compile (ajv logs its own compile failures). */
const refusedInConsole: string[] = [];
const REFUSED = /Content Security Policy|EvalError|unsafe-eval|Error compiling schema/;

describe('the app under a CSP without unsafe-eval', () => {
  const walk = useWalk({ workflowFile: 'ishoej.d1.v1.json' });
  let adbbTitle: string;

  beforeAll(async () => {
    await seedWorkFamily(walk.server.url, {
      familyName: FAMILY,
      childName: 'Ida Holm',
      today: walk.now(),
      monthsOld: 2,
    });
    adbbTitle = await readDefinitionTitle('forms', 'F07-adbb');
    await recordViolations(walk.page);
    walk.page.on('console', (message) => {
      if (message.type() === 'error' && REFUSED.test(message.text())) refusedInConsole.push(message.text());
    });
  });

  it('serves the app with script-src self only', async () => {
    const response = await walk.page.goto(walk.server.url);
    const csp = (await response?.headerValue('content-security-policy')) ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-eval');
    // The recorder works and the policy is enforced: an inline script is refused and reported (then
    // forgotten, so the walk starts clean). Playwright's own evaluate() is exempt from the page's CSP.
    await walk.page.addScriptTag({ content: 'globalThis.__inlineRan = true' }).catch(() => undefined);
    expect(await walk.page.evaluate(() => 'inlineRan' in globalThis || '__inlineRan' in globalThis)).toBe(
      false,
    );
    await expect.poll(() => violations(walk.page)).toHaveLength(1);
    await walk.page.evaluate(() => ((globalThis as Recorder).__cspViolations = []));
    expect(refusedInConsole.length).toBeGreaterThan(0);
    refusedInConsole.length = 0;
  });

  it("validates a health visitor's step form in Danish, with no violation", async () => {
    const { page, worker } = walk;
    await worker.login();
    await page.getByRole('link', { name: FAMILY }).first().click();
    await worker.heading(FAMILY).waitFor();
    await page.getByRole('link', { name: `Udfyld: ${adbbTitle}` }).click();
    await worker.heading(adbbTitle).waitFor();
    await page.getByRole('button', { name: 'Gem skema' }).click();
    await page.getByText('Skal udfyldes').first().waitFor();
    const version = page.getByRole('group', { name: 'ADBB-version', exact: true });
    const before = await page.getByText('Skal udfyldes').count();
    await version.getByRole('radio', { name: '8 adfærdspunkter' }).check();
    await expect.poll(() => page.getByText('Skal udfyldes').count()).toBeLessThan(before);
    expect(await violations(page)).toEqual([]);
    expect(refusedInConsole).toEqual([]);
    await worker.logout();
  });

  it("validates the form builder's preview of a draft in Danish, with no violation", async () => {
    const { page, worker } = walk;
    await page.getByLabel('Brugernavn').fill('redaktoer');
    await page.getByLabel('Adgangskode').fill('demo-redaktoer');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('button', { name: 'Log ud' }).waitFor();
    await page.goto(`${walk.server.url}/#/forms/F07-adbb/edit`);
    await worker.heading(/^Skemabygger/).waitFor();
    const preview = page.getByRole('region', { name: 'Forhåndsvisning' });
    await preview.getByRole('button', { name: 'Gem' }).click();
    await preview.getByText('Skal udfyldes').first().waitFor();
    expect(await violations(page)).toEqual([]);
    expect(refusedInConsole).toEqual([]);
  });
});
