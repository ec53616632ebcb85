import type { Locator } from 'playwright-core';
import type { WorkflowDefinition } from '../../runtime';
import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './browser';
import { fillOfferAccepted } from './fillCommonForms';
import { toIsoDate } from './toDanishDate';
import { useWalk } from './useWalk';

// A project coordinator changes the pregnancy-visit pathway with mouse and keyboard only: after a positive
// EPDS the mother gets a need visit (a new state with a guard on the EPDS total against a new parameter, a
// due date and the need-visit form); the lint panel flags a deliberately unreachable state until it is
// fixed; a simulation walks the new path and is saved as a scenario that then replays green.

const CUTOFF_TITLE = 'Cut-off for behovsbesøg efter EPDS';

describe('an editor changes a pathway in the workflow designer', () => {
  const walk = useWalk({ workflowFile: 'modelA.pregnancyVisit.v1.json' });
  const page = () => walk.page;
  const expectNoViolations = async () => expect(await findAccessibilityViolations(walk.page)).toEqual([]);
  const panel = () => page().getByRole('tabpanel');
  const outline = () => page().getByRole('navigation', { name: 'Oversigt' });
  const lint = () => page().locator('.wf-lint');
  const tab = (name: string) => page().getByRole('tab', { name });
  const saved = () => page().getByRole('status').filter({ hasText: 'Kladden er gemt' }).waitFor();
  const addState = async (name: string, da: string, en: string, parent: string) => {
    await outline().getByRole('button', { name: 'Tilføj tilstand' }).click();
    const form = outline().getByRole('form', { name: 'Tilføj tilstand' });
    await form.getByLabel('Navn (teknisk)').fill(name);
    await form.getByLabel('Titel (dansk)').fill(da);
    await form.getByLabel('Titel (engelsk)').fill(en);
    await form.getByLabel('Tilføj undertilstand').selectOption(parent);
    await form.getByRole('button', { name: 'Tilføj', exact: true }).press('Enter');
    await panel()
      .getByRole('heading', { name: `Tilstand: ${name}` })
      .waitFor();
  };
  /** Chooses the option whose text matches: option labels carry titles and versions. */
  const selectMatching = async (select: Locator, pattern: RegExp) => {
    const labels = await select.locator('option').allTextContents();
    const label = labels.find((l) => pattern.test(l));
    if (!label) throw new Error(`No option matches ${pattern}: ${labels.join(' | ')}`);
    await select.selectOption({ label });
  };
  const addTransition = async (event: string, target: string) => {
    const form = panel().getByRole('form', { name: 'Tilføj overgang' });
    await form.getByLabel('Hændelse').selectOption(event);
    await form.getByLabel('Til tilstand').selectOption(target);
    await form.getByRole('button', { name: 'Tilføj overgang' }).click();
  };

  it('opens the pathway library and the designer with an automatic layout', async () => {
    const { worker } = walk;
    page().on('pageerror', (error) => console.error('PAGE ERROR', error.message));
    await page().goto(walk.server.url);
    await worker.heading('Log ind').waitFor();
    await page().getByLabel('Brugernavn').fill('redaktoer');
    await page().getByLabel('Adgangskode').fill('demo-redaktoer');
    await page().getByRole('button', { name: 'Log ind' }).click();
    await page().goto(`${walk.server.url}/#/workflows`);
    await worker.heading('Forløb').waitFor();
    await expectNoViolations();
    await page()
      .getByRole('link', { name: /^Graviditetsbesøg med opsporing/ })
      .first()
      .click();
    await worker.heading(/^Forløbsdesigner/).waitFor();
    await page().locator('.react-flow__node').first().waitFor();
    await lint().getByText('Ingen fund.').waitFor();
    await expectNoViolations();
  });

  it('adds a parameter in the parameters table', async () => {
    await tab('Parametre').click();
    const add = panel().getByRole('form', { name: 'Tilføj parameter' });
    await add.getByLabel('Navn').fill('epdsNeedVisitCutoff');
    await add.getByLabel('Type').selectOption({ label: 'Heltal' });
    await add.getByRole('button', { name: 'Tilføj parameter' }).click();
    const title = panel().getByLabel('Titel (dansk): epdsNeedVisitCutoff');
    await title.fill(CUTOFF_TITLE);
    await title.press('Tab');
    const titleEn = panel().getByLabel('Titel (engelsk): epdsNeedVisitCutoff');
    await titleEn.fill('EPDS cut-off for a need visit');
    await titleEn.press('Tab');
    const value = panel().getByLabel('Standardværdi: epdsNeedVisitCutoff');
    await value.fill('13');
    await value.press('Enter');
    await expect.poll(() => value.inputValue()).toBe('13');
    await expectNoViolations();
  });

  it('inserts a need-visit state with a form, a role and a due date', async () => {
    await tab('Design').click();
    await addState(
      'needVisit',
      'Behovsbesøg efter positiv EPDS',
      'Need visit after a positive EPDS',
      'visit.screening',
    );
    await panel().getByText('sundhedsplejerske', { exact: true }).click();
    await expect
      .poll(() => panel().getByRole('checkbox', { name: 'sundhedsplejerske', exact: true }).isChecked())
      .toBe(true);
    await selectMatching(panel().getByLabel('Vælg skema'), /F11-need-visit/);
    await panel().getByRole('button', { name: 'Tilføj skema' }).click();
    await panel()
      .getByText(/\(F11-need-visit, version 1\)/)
      .waitFor();
    await panel().getByRole('button', { name: 'Tilføj forfaldsregel' }).click();
    await panel().getByLabel('Dage', { exact: true }).fill('14');
    await panel().getByLabel('Tolerancevindue (dage)').fill('3');
    await addTransition('FORM_SUBMITTED', 'visit.screening.screenPartner');
    await panel().getByRole('button', { name: 'FORM_SUBMITTED → visit.screening.screenPartner' }).waitFor();
    await page().locator('.react-flow__node[data-id="visit.screening.needVisit"]').waitFor();
    await expectNoViolations();
  });

  it('leads a positive EPDS to the need visit with a guard on the total against the parameter', async () => {
    await outline()
      .getByRole('button', { name: /\(screenMother\)/ })
      .click();
    await addTransition('FORM_SUBMITTED', 'visit.screening.needVisit');
    await outline().getByRole('button', { name: 'FORM_SUBMITTED → visit.screening.needVisit' }).click();
    await panel()
      .getByRole('heading', { name: 'Overgang: FORM_SUBMITTED fra visit.screening.screenMother' })
      .waitFor();
    await panel().getByText('Prøves som nr. 3 af 3').waitFor();
    const rule = panel().getByRole('group', { name: 'Betingelse' });
    await rule.getByRole('button', { name: /Tilføj betingelse/ }).click();
    await selectMatching(rule.getByTitle('Felt'), /Totalscore/);
    await rule.getByTitle('Sammenligning').selectOption({ label: 'er mindst' });
    await rule.getByTitle('Sammenlign med').selectOption({ index: 1 });
    await rule.getByTitle('Værdi').selectOption({ label: CUTOFF_TITLE });
    await panel().getByRole('button', { name: 'Prøv før' }).click();
    await panel().getByText('Prøves som nr. 2 af 3').waitFor();
    await panel().getByRole('button', { name: 'Prøv før' }).click();
    await panel().getByText('Prøves som nr. 1 af 3').waitFor();
    await outline().getByRole('button', { name: 'FORM_SUBMITTED [?] → visit.screening.needVisit' }).waitFor();
    await saved();
    // What was saved: the new transition is tried first, on the EPDS total against the parameter.
    const draft = await page().evaluate(async () => {
      const response = await fetch('/api/definition-drafts/workflow/modelA.pregnancyVisit');
      return (await response.json()) as { content: WorkflowDefinition };
    });
    const screening = draft.content.machine.states.visit?.states?.screening?.states;
    const first = (screening?.screenMother?.on?.FORM_SUBMITTED as unknown[])[0];
    expect(first).toEqual({
      target: 'needVisit',
      guard: { '>=': [{ var: 'answers.F09-epds.totalScore' }, { var: 'params.epdsNeedVisitCutoff' }] },
    });
    expect(screening?.needVisit?.meta).toMatchObject({
      forms: ['F11-need-visit'],
      roles: ['sundhedsplejerske'],
      due: { anchor: 'stateEntry', offset: { days: 14 }, windowDays: 3 },
    });
    expect(draft.content.forms['F11-need-visit']).toBe(1);
    expect(draft.content.parameters?.epdsNeedVisitCutoff?.default).toBe(13);
    await expectNoViolations();
  });

  it('flags a deliberately unreachable state until it is fixed', async () => {
    await addState('forgotten', 'Glemt trin', 'Forgotten step', '');
    await lint().getByRole('button', { name: 'Tilstanden forgotten kan aldrig nås.' }).click();
    await panel().getByRole('heading', { name: 'Tilstand: forgotten' }).waitFor();
    await expectNoViolations();
    page().once('dialog', (dialog) => void dialog.accept());
    await panel().getByRole('button', { name: 'Slet tilstand' }).click();
    await lint().getByText('Ingen fund.').waitFor();
    await saved();
  });

  it('walks the new path in a simulation, saves it as a scenario and replays it green', async () => {
    const { worker } = walk;
    await tab('Simulering').click();
    await panel().getByRole('button', { name: 'Start simulering' }).click();
    const active = panel().locator('[data-pathway="modelA.pregnancyVisit"] .wf-sim-active');
    await active.getByText('intake', { exact: true }).waitFor();
    await panel().getByRole('form', { name: 'Send hændelse' }).getByRole('combobox').selectOption('ASSIGNED');
    await panel().getByRole('button', { name: 'Send', exact: true }).click();
    await fillOfferAccepted(worker, { offer: 'Hjemmebesøg', date: toIsoDate(new Date()) });
    await panel().getByRole('button', { name: 'Indsend i simuleringen' }).click();
    await selectMatching(panel().getByRole('combobox', { name: 'Skemaer der skal udfyldes' }), /F09-epds/);
    await worker.type('Dato for opsporingen', toIsoDate(new Date()));
    await worker.choose('Hvem har besvaret skemaet?', 'Mor');
    await worker.choose('Tidspunkt', 'Under graviditeten (graviditetsbesøget)');
    await worker.choose('Er opsporingen gennemført?', 'Gennemført');
    await worker.type('Totalscore', '14');
    await worker.type('Anvendt cut-off', '11');
    await worker.choose('Er totalscoren over cut-off?', 'Ja');
    await panel().getByRole('button', { name: 'Indsend i simuleringen' }).click();
    await panel().locator('.wf-sim-path').getByText('visit.screening.needVisit').waitFor();
    await page().locator('.react-flow__node[data-id="visit.screening.needVisit"] .wf-node-active').waitFor();
    await expectNoViolations();
    await panel().getByLabel('Scenariets navn').fill('EPDS over grænsen for behovsbesøg');
    await panel().getByRole('button', { name: 'Gem som scenarie' }).click();
    await panel().getByText('Scenariet EPDS over grænsen for behovsbesøg er gemt.').waitFor();
    await saved();
    // The scenario is stored with the draft: after a reload it is there and replays green.
    await page().reload();
    await page().locator('.react-flow__node').first().waitFor();
    await tab('Simulering').click();
    await panel().getByRole('button', { name: 'Afspil alle' }).click();
    const scenario = panel().locator('[data-scenario="epds-over-graensen-for-behovsbesoeg"]');
    await scenario.getByText('Grøn').waitFor();
    await expectNoViolations();
  });
});
