import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with everything that phones home switched off. Every page it opens records
 * what the content security policy refused, and `findAccessibilityViolations` reports those too: each
 * screen a walk checks also proves the app runs under the CSP (no eval, no inline script).
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript(() => {
      const refused: string[] = [];
      (window as unknown as { cspRefusals: string[] }).cspRefusals = refused;
      document.addEventListener('securitypolicyviolation', (event) =>
        refused.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'}`),
      );
    });
    return context;
  };
  return browser;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The WCAG 2.1 A/AA violations axe finds on the page, one readable line each (empty when there are none),
 * and what the content security policy refused on it since it loaded (see launchBrowser).
 */
export async function findAccessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const refusals = await page.evaluate(
    () => (window as unknown as { cspRefusals?: string[] }).cspRefusals ?? [],
  );
  return [
    ...result.violations.map(
      (v) =>
        `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
    ...refusals.map((refusal) => `content security policy: ${refusal}`),
  ];
}

/**
 * What a screen reader says after an input's name: the texts its aria-describedby points at (hint, error),
 * as the user would hear them.
 */
export async function readDescription(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids
      .map((id) => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
  });
}
