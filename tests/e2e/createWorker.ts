import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { findAccessibilityViolations } from './browser';

/** The page a worker lands on after logging in. */
export const LANDING_HEADING = 'Mit arbejde';

export interface Worker {
  /** The page's main heading (h1). */
  heading(name: string | RegExp): Locator;
  /** A pathway's card on the family page, found by the workflow's title. */
  card(workflowTitle: string): Locator;
  login(username?: string, password?: string): Promise<void>;
  logout(): Promise<void>;
  /** Registers a family with a child who is born; ends on the family page. */
  registerChild(input: { familyName: string; childName: string; birthDate: string }): Promise<void>;
  /** Registers a pregnant woman and the expected child; ends on the family page ("Familien <name>"). */
  registerPregnancy(input: { name: string; dueDate: string }): Promise<void>;
  /** Starts a pathway for the family's (first) child and waits for its card. */
  startPathway(workflowTitle: string): Promise<void>;
  /** Opens a form that is due (the "Udfyld: …" link, in a card when given) and waits for its page. */
  openForm(formTitle: string, within?: Locator): Promise<void>;
  /** Saves the open form and waits for the confirmation page. */
  saveForm(formTitle: string): Promise<void>;
  /** From a form's confirmation page back to the family page. */
  backToFamily(familyName: string): Promise<void>;
  /** Picks an option in a group of radio buttons (a fieldset's legend names the group). */
  choose(group: string, option: string): Promise<void>;
  check(label: string): Promise<void>;
  type(label: string, value: string): Promise<void>;
  select(label: string, option: string): Promise<void>;
  /** Presses a manual event's button in a card; `confirm` answers the dialog events that end something ask. */
  sendEvent(
    card: Locator,
    eventTitle: string,
    options?: { confirm?: boolean; reason?: string },
  ): Promise<void>;
  /**
   * Comes back to the same page after the server's clock moved on (days later): the session has run out, so
   * she logs in again and the app opens the page she was on.
   */
  comeBackTo(heading: string): Promise<void>;
  /** Asserts that axe finds no WCAG 2.1 A/AA violations on the screen. */
  expectNoViolations(screen: string): Promise<void>;
}

/** What a health visitor does at the tablet, through the UI only: roles, labels and visible texts. */
export function createWorker(page: Page, url: string): Worker {
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  let credentials = { username: '', password: '' };
  const signIn = async () => {
    await heading('Log ind').waitFor();
    await page.getByLabel('Brugernavn').fill(credentials.username);
    await page.getByLabel('Adgangskode').fill(credentials.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
  };
  const worker: Worker = {
    heading,
    card: (workflowTitle) => page.getByRole('region', { name: workflowTitle, exact: true }),

    async login(username = 'sundhedsplejerske', password = `demo-${username}`) {
      credentials = { username, password };
      await page.goto(url);
      await signIn();
      await heading(LANDING_HEADING).waitFor();
    },

    async logout() {
      await page.getByRole('button', { name: 'Log ud' }).click();
      await heading('Log ind').waitFor();
    },

    async registerChild({ familyName, childName, birthDate }) {
      await page.goto(`${url}/#/families/new`);
      await heading('Opret familie').waitFor();
      await page.getByRole('radio', { name: 'Et barn, der er født' }).check();
      await page.getByLabel('Barnets navn').fill(childName);
      await page.getByLabel('Fødselsdato').fill(birthDate);
      await page.getByLabel('Familiens navn (valgfrit)').fill(familyName);
      await page.getByRole('button', { name: 'Opret familie' }).click();
      await heading(familyName).waitFor();
    },

    async registerPregnancy({ name, dueDate }) {
      await page.goto(`${url}/#/families/new`);
      await heading('Opret familie').waitFor();
      await page.getByLabel('Den gravides navn').fill(name);
      await page.getByLabel('Termin').fill(dueDate);
      await page.getByRole('button', { name: 'Opret familie' }).click();
      await heading(`Familien ${name}`).waitFor();
    },

    async startPathway(workflowTitle) {
      await page
        .getByRole('combobox', { name: 'Forløb', exact: true })
        .selectOption({ label: workflowTitle });
      await page.getByRole('button', { name: 'Start forløb' }).click();
      await page.getByRole('status').getByText(`Forløbet ”${workflowTitle}” er startet.`).waitFor();
      await worker.card(workflowTitle).waitFor();
    },

    async openForm(formTitle, within) {
      await (within ?? page)
        .getByRole('link', { name: `Udfyld: ${formTitle}`, exact: true })
        .first()
        .click();
      await heading(formTitle).waitFor();
    },

    async saveForm(formTitle) {
      await page.getByRole('button', { name: 'Gem skema' }).click();
      await heading(`Skemaet ”${formTitle}” er gemt.`).waitFor();
    },

    async backToFamily(familyName) {
      await page.getByRole('link', { name: 'Tilbage til familien' }).first().click();
      await heading(familyName).waitFor();
    },

    async choose(group, option) {
      await page
        .getByRole('group', { name: group, exact: true })
        .getByRole('radio', { name: option, exact: true })
        .check();
    },
    async check(label) {
      await page.getByRole('checkbox', { name: label, exact: true }).check();
    },
    async type(label, value) {
      await page.getByLabel(label, { exact: true }).fill(value);
    },
    async select(label, option) {
      await page.getByLabel(label, { exact: true }).selectOption({ label: option });
    },

    async sendEvent(card, eventTitle, options = {}) {
      await card.getByRole('button', { name: eventTitle, exact: true }).click();
      if (options.confirm) {
        const dialog = page.getByRole('dialog', { name: eventTitle });
        await dialog.waitFor();
        if (options.reason) await dialog.getByLabel(/^Begrundelse/).fill(options.reason);
        await dialog.getByRole('button', { name: `Bekræft: ${eventTitle}` }).click();
        await dialog.waitFor({ state: 'detached' });
      }
      await page.getByRole('status').getByText(`Registreret: ${eventTitle}.`).waitFor();
    },

    async comeBackTo(name) {
      await page.reload();
      await signIn();
      await heading(name).waitFor();
    },

    async expectNoViolations(screen) {
      expect(await findAccessibilityViolations(page), `axe on the ${screen} screen`).toEqual([]);
    },
  };
  return worker;
}
