import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillOfferAccepted, fillVisit } from './fillCommonForms';
import { readDefinitionTitles } from './readDefinitionTitle';
import { toDanishDate, toIsoDate } from './toDanishDate';
import { useWalk } from './useWalk';

// Model B: the transition visit when a ten-month-old starts in the nursery, prepared with the family and
// held at home together with the pedagogue. Afterwards she reads the filled-in form again from the timeline,
// as it was filled in, although the form has a newer version by then.

const FAMILY = 'Familien Holm';
const CHILD = 'Alma Holm';

describe('a health visitor makes a model B transition visit before the child starts in the nursery', () => {
  const walk = useWalk({
    workflowFile: 'modelB.transitionVisit.v1.json',
    prepareDefinitions: addNewerTransitionForm,
  });
  let workflowTitle: string;
  let forms: Record<'F03-offer-response' | 'F26-transition-visit' | 'F05-visit', string>;
  const today = () => toIsoDate(walk.now());
  const card = () => walk.worker.card(workflowTitle);

  beforeAll(async () => {
    ({ 'modelB.transitionVisit': workflowTitle } = await readDefinitionTitles('workflows', [
      'modelB.transitionVisit',
    ] as const));
    forms = await readDefinitionTitles('forms', [
      'F03-offer-response',
      'F26-transition-visit',
      'F05-visit',
    ] as const);
  });

  it('starts the transition visit for a ten-month-old and records the accepted offer', async () => {
    const { worker } = walk;
    await worker.login();
    const birthDate = toIsoDate(new Date(walk.now().getTime() - 300 * 86_400_000));
    await worker.registerChild({ familyName: FAMILY, childName: CHILD, birthDate });
    await worker.startPathway(workflowTitle);
    await card().getByText('Tilbud om overgangsbesøg', { exact: true }).waitFor();

    await worker.openForm(forms['F03-offer-response'], card());
    await fillOfferAccepted(worker, { offer: 'Andet', other: 'Overgangsbesøg', date: today() });
    await worker.saveForm(forms['F03-offer-response']);
    await worker.backToFamily(FAMILY);
    await card().getByText('Forberedelse og overgangsbesøg', { exact: true }).waitFor();
  });

  it('offers "visit not held" behind a confirmation, which she cancels', async () => {
    const { page } = walk;
    await card().getByRole('button', { name: 'Besøget blev ikke afholdt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Besøget blev ikke afholdt' });
    await dialog.getByLabel('Begrundelse (valgfrit)').fill('Familien var syg.');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Focus returns to the button that opened the dialog.
    expect(
      await card()
        .getByRole('button', { name: 'Besøget blev ikke afholdt' })
        .evaluate((button) => button === button.ownerDocument.activeElement),
    ).toBe(true);
    await card().getByText('Forberedelse og overgangsbesøg', { exact: true }).waitFor();
  });

  it('records the transition visit on an accessible form and the visit itself, which completes the pathway', async () => {
    const { worker, page } = walk;
    await worker.openForm(forms['F26-transition-visit'], card());
    await worker.choose('Overgang', 'Overgang 1: hjem → dagtilbud (vuggestue/dagpleje)');
    await worker.choose(
      'Hvordan fik sundhedsplejen besked om overgangen? (valgfrit)',
      'Besked fra pladshenvisningen om, at barnet er indmeldt',
    );
    await worker.choose('Hvem planlagde og indkaldte til besøget?', 'Sundhedsplejen');
    await worker.type('Modtagende dagtilbud eller skole (valgfrit)', 'Vuggestuen Mælkebøtten');
    await worker.type('Dato for overgangsbesøget', today());
    await worker.choose(
      'Hvor og med hvem blev besøget afholdt?',
      'Hjemme med sundhedsplejerske og pædagog/lærer',
    );
    await worker.choose(
      'Er det aftalt med familien, hvad der overleveres til dagtilbuddet eller skolen?',
      'Ja',
    );
    await worker.type(
      'Overlevering, som aftalt med familien (valgfrit)',
      'Sover to gange dagligt; mælkeallergi.',
    );
    await worker.expectNoViolations('transition visit form');
    await worker.saveForm(forms['F26-transition-visit']);

    await worker.openForm(forms['F05-visit']);
    await fillVisit(worker, { type: 'Overgangsbesøg', date: today() });
    await worker.choose('Sted (valgfrit)', 'Hjemme hos familien');
    await worker.saveForm(forms['F05-visit']);
    await page.getByText('Forløbet er afsluttet: Overgangsbesøget er afholdt').waitFor();

    await worker.backToFamily(FAMILY);
    await card().getByText('Afsluttet: Overgangsbesøget er afholdt').waitFor();
    expect(await card().getByRole('button').count()).toBe(0);
  });

  it('reads the transition visit back from the timeline: read-only, on the form version it was filled in on', async () => {
    const { worker, page } = walk;
    await page.getByRole('link', { name: `Udfyldt: ${forms['F26-transition-visit']}` }).click();
    await worker.heading(forms['F26-transition-visit']).waitFor();
    await page.getByText(/^Udfyldt .+ af Hanne.* · Skemaversion 1$/).waitFor();

    const answers = page.getByRole('main');
    /** The answer to a question, as the definition list shows it: the texts that follow its term. */
    const answer = async (label: string) =>
      (
        await answers
          .getByRole('term')
          .filter({ hasText: new RegExp(`^${label.replace(/[?()]/g, '\\$&')}$`) })
          .locator('xpath=following-sibling::dd')
          .allTextContents()
      ).join(' | ');
    expect(await answer('Overgang')).toBe('Overgang 1: hjem → dagtilbud (vuggestue/dagpleje)');
    expect(await answer('Dato for overgangsbesøget')).toBe(toDanishDate(today()));
    expect(await answer('Modtagende dagtilbud eller skole')).toBe('Vuggestuen Mælkebøtten');
    expect(
      await answer('Er det aftalt med familien, hvad der overleveres til dagtilbuddet eller skolen?'),
    ).toBe('Ja');
    expect(await answers.getByRole('term').filter({ hasText: NEWER_LABEL }).count()).toBe(0);
    expect(await answers.getByRole('textbox').count()).toBe(0);
    expect(await answers.getByRole('radio').count()).toBe(0);
    await worker.expectNoViolations('submission read-only');
  });

  it('prints the answers without menus, buttons or links back', async () => {
    const { page } = walk;
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByRole('banner').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: 'Tilbage til familien' }).isVisible()).toBe(false);
      expect(await walk.worker.heading(forms['F26-transition-visit']).isVisible()).toBe(true);
      expect(await page.getByRole('term').filter({ hasText: 'Overgang' }).first().isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await page.getByRole('button', { name: 'Udskriv' }).waitFor();
  });
});

const NEWER_LABEL = 'Hvilken overgang drejer det sig om?';

/** Version 2 of the transition form, with another title and label: the pathway keeps using version 1. */
async function addNewerTransitionForm(definitionsDir: string): Promise<void> {
  const forms = join(definitionsDir, 'forms');
  const form = JSON.parse(await readFile(join(forms, 'F26-transition-visit.v1.json'), 'utf8')) as {
    version: number;
    title: { da: string };
    schema: { properties: { transition: { title: string } } };
  };
  form.version = 2;
  form.title.da = `${form.title.da} (ny version)`;
  form.schema.properties.transition.title = NEWER_LABEL;
  await writeFile(join(forms, 'F26-transition-visit.v2.json'), JSON.stringify(form));
}
