import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './browser';
import { useWalk } from './useWalk';

// A project coordinator builds a new questionnaire from scratch with the visual form builder, using mouse
// and keyboard only: a section with a rating scale and a choice, a text field shown on a condition, an
// instrument with a computed total and an "over the cut-off" flag. The draft is saved, reloaded, previewed
// and filled in, with the validation message she wrote.

const FORM_ID = 'F40-foraeldresamtale';

describe('an editor builds a new questionnaire in the form builder', () => {
  const walk = useWalk({ workflowFile: 'ishoej.d1.v1.json' });
  const page = () => walk.page;
  const expectNoViolations = async () => expect(await findAccessibilityViolations(walk.page)).toEqual([]);
  const palette = (name: string) =>
    page()
      .getByRole('navigation', { name: 'Felttyper' })
      .getByRole('button', { name: `Tilføj ${name}` });
  const canvas = () => page().getByRole('region', { name: 'Skemaets felter' });
  const field = (label: string | RegExp) =>
    canvas()
      .getByRole('button', { name: label, pressed: false })
      .or(canvas().getByRole('button', { name: label, pressed: true }))
      .first();
  const properties = () => page().locator('.builder-properties');
  const setLabel = async (label: string) => {
    const input = properties().getByLabel('Spørgsmål/etiket (dansk)');
    await input.fill(label);
    await input.press('Tab');
  };

  it('creates the form from the library', async () => {
    const { worker } = walk;
    await page().goto(walk.server.url);
    await worker.heading('Log ind').waitFor();
    await page().getByLabel('Brugernavn').fill('redaktoer');
    await page().getByLabel('Adgangskode').fill('demo-redaktoer');
    await page().getByRole('button', { name: 'Log ind' }).click();
    await page().goto(`${walk.server.url}/#/forms`);
    await worker.heading('Skemaer').waitFor();
    await expectNoViolations();
    await page().getByLabel('Id for det nye skema').fill(FORM_ID);
    await page().getByLabel('Titel (dansk)').fill('Forældresamtale');
    await page().getByRole('button', { name: 'Opret og åbn skemabyggeren' }).click();
    await worker.heading('Skemabygger: Forældresamtale').waitFor();
    await page().getByText('Kladden er gemt').waitFor();
    await expectNoViolations();
  });

  it('adds a section with a rating scale and a choice', async () => {
    await palette('Sektion').click();
    await setLabel('Om samtalen');
    await palette('Vurderingsskala').click();
    await setLabel('Jeg fik svar på mine spørgsmål');
    await properties().getByLabel('Skal udfyldes').check();
    await properties()
      .getByLabel('Fejlbesked når feltet mangler (dansk)')
      .fill('Vælg, i hvilken grad du fik svar');
    await properties().getByLabel('Fejlbesked når feltet mangler (dansk)').press('Tab');
    await palette('Ét valg').click();
    await setLabel('Hvem deltog?');
    await expect.poll(() => canvas().locator('.canvas-list .canvas-list > li').count()).toBe(2);
    await expectNoViolations();
  });

  it('shows a text field only for one choice, built with the rule builder', async () => {
    await palette('Kort tekst').click();
    await setLabel('Hvem andre deltog?');
    const rule = properties().getByRole('group', { name: 'Vis feltet kun når' });
    await rule.getByRole('button', { name: /Tilføj betingelse/ }).click();
    await rule.getByTitle('Felt').selectOption({ label: 'Hvem deltog?' });
    await rule.getByTitle('Sammenligning').selectOption({ label: 'er lig med' });
    await rule.getByTitle('Værdi').selectOption({ label: 'Svarmulighed 2' });
    await field(/Hvem andre deltog\?.*vises på betingelse/).waitFor();
    await expectNoViolations();
  });

  it('adds an instrument with a computed total and an over-the-cut-off flag', async () => {
    await palette('Instrument (items med score)').click();
    await setLabel('Trivsel');
    // Out of the section with the keyboard: the action buttons are ordinary buttons.
    const moveOut = properties()
      .page()
      .getByRole('button', { name: /Flyt ud af sektionen/ });
    await moveOut.focus();
    await page().keyboard.press('Enter');
    await expect.poll(() => canvas().locator(':scope > ol > li').count()).toBe(2);
    const computed = page().getByRole('region', { name: 'Beregnede felter' });
    await computed.getByRole('heading', { name: /Total/ }).waitFor();
    await computed.getByRole('button', { name: 'Tilføj "over cut-off"' }).click();
    await computed.getByLabel('Standardværdi (heltal, tom for ingen)').fill('4');
    await computed.getByRole('heading', { name: /Over cut-off/ }).waitFor();
    await expectNoViolations();
  });

  it('reorders fields with the keyboard on the drag handle', async () => {
    const handle = canvas().getByRole('button', { name: 'Træk for at flytte Hvem deltog?' });
    await handle.focus();
    // dnd-kit's keyboard sensor: Space picks the field up, arrows move it, Space drops it.
    for (const key of ['Space', 'ArrowUp', 'Space']) {
      await page().keyboard.press(key);
      await page().waitForTimeout(300);
    }
    await expect
      .poll(() => canvas().locator('.canvas-label').allTextContents())
      .toEqual([
        'Om samtalen',
        'Hvem deltog?',
        'Jeg fik svar på mine spørgsmål',
        'Hvem andre deltog?',
        'Trivsel',
        'Item 1',
        'Item 2',
        'Item 3',
      ]);
  });

  it('saves the draft, and after a reload the form is as built', async () => {
    await page().getByText('Kladden er gemt').waitFor();
    await page().reload();
    await walk.worker.heading('Skemabygger: Forældresamtale').waitFor();
    await expect
      .poll(() => canvas().locator('.canvas-label').allTextContents())
      .toEqual([
        'Om samtalen',
        'Hvem deltog?',
        'Jeg fik svar på mine spørgsmål',
        'Hvem andre deltog?',
        'Trivsel',
        'Item 1',
        'Item 2',
        'Item 3',
      ]);
  });

  it('previews the form and fills it in, with the validation message as designed', async () => {
    const preview = page().getByRole('region', { name: 'Forhåndsvisning' });
    expect(await preview.getByLabel('Hvem andre deltog?', { exact: false }).count()).toBe(0);
    await preview
      .getByRole('group', { name: /Hvem deltog\?/ })
      .getByLabel('Svarmulighed 2')
      .check();
    await preview.getByRole('button', { name: 'Gem' }).click();
    // The message the editor wrote for the required scale, in the summary and at the field.
    await preview.getByText('Vælg, i hvilken grad du fik svar').first().waitFor();
    await preview.getByLabel('Hvem andre deltog?', { exact: false }).fill('Mormor');
    await preview
      .getByRole('group', { name: /Jeg fik svar/ })
      .getByLabel('I høj grad')
      .check();
    await preview.getByLabel('Item 1', { exact: false }).fill('2');
    await preview.getByLabel('Item 2', { exact: false }).fill('2');
    await preview.getByLabel('Item 3', { exact: false }).fill('1');
    const computed = preview.locator('.computed-fields');
    await expect.poll(() => computed.getByRole('definition').allTextContents()).toEqual(['5', 'Ja']);
    await preview.getByRole('button', { name: 'Gem' }).click();
    await preview.getByText('Skemaet er udfyldt korrekt').waitFor();
    await expectNoViolations();
  });

  it('shows the definition as JSON with no definition errors, and goes back to the visual view', async () => {
    await page().getByRole('button', { name: 'JSON', exact: true }).click();
    await page().getByRole('heading', { name: 'Definitionen som JSON' }).waitFor();
    await page().getByText('Ingen fejl i definitionen.').waitFor();
    await expectNoViolations();
    await page().getByRole('button', { name: 'Visuel' }).click();
    await canvas().waitFor();
  });

  it('deletes a field and gets it back with undo, and redoes the delete', async () => {
    const labels = () => canvas().locator('.canvas-label').allTextContents();
    await field(/^Hvem andre deltog\?/).click();
    await page().locator('.canvas-actions').getByRole('button', { name: 'Slet' }).click();
    await expect.poll(labels).not.toContain('Hvem andre deltog?');
    await page().getByRole('button', { name: "Fortryd: slet 'Hvem andre deltog?'" }).click();
    await expect.poll(labels).toContain('Hvem andre deltog?');
    await page().getByRole('button', { name: "Gentag: slet 'Hvem andre deltog?'" }).click();
    await expect.poll(labels).not.toContain('Hvem andre deltog?');
  });
});
