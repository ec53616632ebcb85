import { beforeAll, describe, expect, it } from 'vitest';
import { readDescription } from './browser';
import { fillConsent, fillOfferAccepted } from './fillCommonForms';
import { readDefinitionTitle, readDefinitionTitles } from './readDefinitionTitle';
import { toDanishDate, toIsoDate } from './toDanishDate';
import { useWalk } from './useWalk';

// One health visitor's morning, in order: each step starts where the previous one left the page.

const FAMILY = 'Familien Sara Jensen';

describe('a health visitor works through Ishøj Delindsats 1 in the browser', () => {
  const walk = useWalk({ workflowFile: 'ishoej.d1.v1.json' });
  let workflowTitle: string;
  let forms: Record<'F01-family-registration' | 'F03-offer-response' | 'F02-consent' | 'F05-visit', string>;
  /** The due date the health visitor enters: four months ahead, as she would see it written. */
  let dueIso: string;
  let dueDanish: string;
  let today: string;

  beforeAll(async () => {
    workflowTitle = await readDefinitionTitle('workflows', 'ishoej.d1');
    forms = await readDefinitionTitles('forms', [
      'F01-family-registration',
      'F03-offer-response',
      'F02-consent',
      'F05-visit',
    ] as const);
    const due = new Date(walk.now().getTime() + 120 * 86_400_000);
    dueIso = toIsoDate(due);
    dueDanish = toDanishDate(due);
    today = toIsoDate(walk.now());
  });

  const heading = (name: string | RegExp) => walk.worker.heading(name);
  const saveForm = () => walk.page.getByRole('button', { name: 'Gem skema' }).click();

  it('logs in from an accessible login page', async () => {
    const { page, worker } = walk;
    await page.goto(walk.server.url);
    await heading('Log ind').waitFor();
    await worker.expectNoViolations('login');
    await worker.login();
  });

  it('registers a family with a pregnant woman and her due date', async () => {
    const { page } = walk;
    await page.getByRole('link', { name: 'Familier', exact: true }).click();
    await page.getByRole('link', { name: 'Opret familie' }).click();
    await heading('Opret familie').waitFor();
    await page.getByLabel('Den gravides navn').fill('Sara Jensen');
    await page.getByLabel('Termin').fill(dueIso);
    await page.getByRole('button', { name: 'Opret familie' }).click();

    await heading(FAMILY).waitFor();
    await page.getByRole('status').getByText(`${FAMILY} er oprettet.`).waitFor();
    await page.getByText(`termin ${dueDanish}`).first().waitFor();
  });

  it('lists the family on an accessible families page', async () => {
    const { page, worker } = walk;
    await page.getByRole('link', { name: 'Tilbage til familier' }).click();
    await heading('Familier').waitFor();
    await page.getByRole('link', { name: FAMILY }).waitFor();
    await worker.expectNoViolations('families');

    const search = page.getByRole('searchbox', { name: 'Søg efter familie' });
    await search.fill('Nielsen');
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.getByText('Ingen familier fundet.').waitFor();
    await search.fill('sara');
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.getByRole('link', { name: FAMILY }).click();
    await heading(FAMILY).waitFor();
  });

  it('starts Ishøj Delindsats 1 for the expected child', async () => {
    const { page, worker } = walk;
    await worker.startPathway(workflowTitle);
    await page.getByRole('heading', { level: 3, name: workflowTitle }).waitFor();
    await page.getByText('Registrering af familien', { exact: true }).waitFor();
  });

  it('fills in the family registration on an accessible step screen', async () => {
    const { page, worker } = walk;
    const f01 = forms['F01-family-registration'];
    await worker.openForm(f01);
    await page.getByText('Ikke specificeret endnu').first().waitFor();
    await worker.expectNoViolations('step form');

    await page.getByRole('radio', { name: 'Sundhedsplejens graviditetsbesøg' }).check();
    await worker.check('Forældrene ønsker forandring ifht. familiens trivsel og sundhed');
    await worker.choose('Førstegangsforældre', 'Ja');
    await worker.saveForm(f01);
  });

  it('records that the family accepted the offer', async () => {
    const { worker } = walk;
    await worker.openForm(forms['F03-offer-response']);
    await fillOfferAccepted(worker, {
      offer:
        'Individuelt forløb med sundhedsplejen og/eller ressourcepædagog/familiebehandler (delindsats 1)',
      date: today,
    });
    await worker.saveForm(forms['F03-offer-response']);
  });

  it('records the consent', async () => {
    const { worker } = walk;
    await worker.openForm(forms['F02-consent']);
    await fillConsent(worker, today);
    await worker.saveForm(forms['F02-consent']);
  });

  it('shows the visit form in English after switching language, and Danish again after switching back', async () => {
    const { page, worker } = walk;
    await worker.openForm(forms['F05-visit']);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Date of the visit').waitFor();
    await page.getByLabel('Visit type').waitFor();
    await page.getByRole('heading', { name: 'Not yet specified' }).waitFor();
    await page.getByRole('button', { name: 'Save form' }).waitFor();

    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByLabel('Dato for besøget').waitFor();
  });

  it('refuses the visit without a date with the Danish message, then saves it', async () => {
    const { page, worker } = walk;
    await worker.select('Besøgstype', 'Ekstra graviditetsbesøg');
    await saveForm();

    const summary = page.getByRole('group', { name: 'Der er fejl i formularen' });
    await summary.getByRole('link', { name: 'Dato for besøget: Skal udfyldes' }).waitFor();
    const date = page.getByLabel('Dato for besøget');
    expect(await readDescription(date)).toContain('Skal udfyldes');
    await worker.expectNoViolations('step form with errors');

    await summary.getByRole('link', { name: 'Dato for besøget: Skal udfyldes' }).click();
    expect(await date.evaluate((input) => input === input.ownerDocument.activeElement)).toBe(true);
    await date.fill(today);
    await worker.saveForm(forms['F05-visit']);
  });

  it('shows the next step, awaiting the birth, due on the due date she entered', async () => {
    const { page, worker } = walk;
    const step = page.getByRole('listitem').filter({ hasText: 'Afventer fødsel' }).first();
    await step.waitFor();
    expect(await step.textContent()).toContain(`forfalder ${dueDanish}`);

    await worker.backToFamily(FAMILY);
    await page.getByRole('heading', { name: 'Tidslinje' }).waitFor();
  });

  it('registers the birth, after which the visit at three months is the next step', async () => {
    const { page } = walk;
    await page.getByRole('button', { name: 'Registrér fødsel for Barn af Sara Jensen' }).click();
    await page.getByLabel('Fødselsdato').fill(today);
    await page.getByRole('button', { name: 'Gem' }).click();

    await page.getByRole('status').getByText('Fødslen er registreret for Barn af Sara Jensen.').waitFor();
    await page.getByText('Hjemmebesøg ved barnets 3. mdr.', { exact: true }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Fødsel registreret' }).first().waitFor();
  });

  it('offers to withdraw the pathway, and logs out', async () => {
    const { worker } = walk;
    await worker
      .card(workflowTitle)
      .getByRole('button', { name: 'Afbryd forløbet før tid', exact: true })
      .waitFor();
    await worker.logout();
  });
});
