import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startOidcProvider, type OidcBroker } from '../api/startOidcProvider';
import { startTestServer, type TestServer } from '../api/startTestServer';
import { findAccessibilityViolations, launchBrowser } from './browser';

// The login page with the municipality's identity broker configured, in real Chromium: the broker button,
// the whole redirect chain through a local OpenID Connect provider, the refusal message, and the lock-out
// after repeated wrong passwords.

let broker: OidcBroker;
let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  broker = await startOidcProvider();
  server = await startTestServer({ port: broker.appPort, schedulerIntervalMs: 0, oidc: broker.settings });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  await broker?.close();
});

describe('logging in through the identity broker', () => {
  it('offers "Log ind med <broker>" beside the password form, and the page passes axe', async () => {
    await page.goto(broker.appUrl);
    await expect.poll(() => page.getByRole('link', { name: 'Log ind med Ishøj Kommune' }).count()).toBe(1);
    await expect.poll(() => page.getByLabel('Brugernavn').count()).toBe(1);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('takes a health visitor through the broker and into the app, logged in with her role', async () => {
    await page.getByRole('link', { name: 'Log ind med Ishøj Kommune' }).click();
    // The broker's development pages: any login, any password, then consent.
    await page.locator('input[name="login"]').fill('hanne');
    await page.locator('input[name="password"]').fill('hemmeligt');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.origin === broker.appUrl);
    const session = await page.evaluate(async () => {
      const response = await fetch('/api/session');
      return { status: response.status, body: (await response.json()) as { user?: { roles: string[] } } };
    });
    expect(session.status).toBe(200);
    expect(session.body.user?.roles).toEqual(['sundhedsplejerske']);
    await expect.poll(() => page.getByRole('button', { name: 'Log ud' }).count()).toBe(1);
  });

  it('explains a refused broker login on the login page, which passes axe', async () => {
    // A new browser: the first one still has a session at the broker, which would log Hanne in again.
    await page.context().close();
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(broker.appUrl);
    await page.getByRole('link', { name: 'Log ind med Ishøj Kommune' }).click();
    await page.locator('input[name="login"]').fill('gaest');
    await page.locator('input[name="password"]').fill('hemmeligt');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.search === '?login=oidc-failed');
    await expect
      .poll(() => page.getByText('Du blev ikke logget ind gennem kommunens login.', { exact: false }).count())
      .toBe(1);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('says the account is locked after five wrong passwords, and the page passes axe', async () => {
    await page.goto(broker.appUrl);
    for (let i = 0; i < 6; i++) {
      await page.getByLabel('Brugernavn').fill('redaktoer');
      await page.getByLabel('Adgangskode').fill('forkert');
      await page.getByRole('button', { name: 'Log ind', exact: true }).click();
      await expect
        .poll(() => page.getByRole('button', { name: 'Log ind', exact: true }).isEnabled())
        .toBe(true);
    }
    await expect
      .poll(() => page.getByText('For mange mislykkede forsøg på at logge ind.', { exact: false }).count())
      .toBe(1);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
