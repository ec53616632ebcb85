import { beforeAll, describe, expect, it } from 'vitest';
import { fillConsent, fillOfferAccepted } from './fillCommonForms';
import { readDefinitionTitles } from './readDefinitionTitle';
import { toDanishDate, toIsoDate } from './toDanishDate';
import { useWalk } from './useWalk';

// A health visitor takes a two-year-old's family through Ishøj Delindsats 2 and its COS-P parent group:
// offer, consent, enrolment, the group starting, before-measurement, eight weekly sessions (the next one
// falls due on the server's clock, or she moves on by hand), evaluation, after-measurement, and closing.

const SESSIONS = 8;
const FAMILY = 'Familien Hansen';

describe('a health visitor takes a family through Ishøj Delindsats 2 with a COS-P group course', () => {
  const walk = useWalk({ workflowFile: 'ishoej.d2.v1.json' });
  let workflows: Record<'ishoej.d2' | 'cosp.course', string>;
  let forms: Record<
    | 'F04-inclusion'
    | 'F03-offer-response'
    | 'F02-consent'
    | 'F20-course-attendance'
    | 'F15-parent-competence-d2'
    | 'F17-novax-d2'
    | 'F21-cosp-evaluation',
    string
  >;
  const today = () => toIsoDate(walk.now());
  const d2Card = () => walk.worker.card(workflows['ishoej.d2']);
  const cospCard = () => walk.worker.card(workflows['cosp.course']);

  beforeAll(async () => {
    workflows = await readDefinitionTitles('workflows', ['ishoej.d2', 'cosp.course'] as const);
    forms = await readDefinitionTitles('forms', [
      'F04-inclusion',
      'F03-offer-response',
      'F02-consent',
      'F20-course-attendance',
      'F15-parent-competence-d2',
      'F17-novax-d2',
      'F21-cosp-evaluation',
    ] as const);
  });

  it('registers a two-year-old and starts Delindsats 2', async () => {
    const { worker } = walk;
    await worker.login();
    const birthDate = toIsoDate(new Date(walk.now().getTime() - 2.2 * 365 * 86_400_000));
    await worker.registerChild({ familyName: FAMILY, childName: 'Emil Hansen', birthDate });
    await worker.startPathway(workflows['ishoej.d2']);
    await d2Card().getByText('Vurdering af målgruppe', { exact: true }).waitFor();
  });

  it('assesses the family as in the target group with COS-P proposed, which starts the COS-P course', async () => {
    const { worker, page } = walk;
    await worker.openForm(forms['F04-inclusion'], d2Card());
    await worker.select(
      'Program',
      'Ishøj delindsats 2: Styrket opsporing og forebyggelse i småbørnsfamilier (1-5 år)',
    );
    await worker.type('Dato for vurderingen', today());
    await worker.type('Barnets alder (hele år)', '2');
    await worker.check(
      'Forældrene ønsker hjælp til forældrerollen samt hjælp til at skabe bedre rammer for en sundere opvækst (COS-P)',
    );
    await worker.choose('Er familien i målgruppen?', 'Ja');
    await worker.choose('Tilbud, der foreslås', 'Forløb i TryghedsCirklen (COS-P)');
    await worker.saveForm(forms['F04-inclusion']);
    await page.getByText('COS-P-forældregruppeforløb', { exact: true }).waitFor();

    await worker.backToFamily(FAMILY);
    await cospCard().getByText('Tilbud om forløb i TryghedsCirklen', { exact: true }).waitFor();
    await cospCard()
      .getByRole('link', { name: `Udfyld: ${forms['F03-offer-response']}` })
      .waitFor();
  });

  it('records the accepted offer, the consent and the enrolment; the course then waits for the group', async () => {
    const { worker, page } = walk;
    await worker.openForm(forms['F03-offer-response'], cospCard());
    await fillOfferAccepted(worker, { offer: 'Andet', other: 'TryghedsCirklen (COS-P)', date: today() });
    await worker.saveForm(forms['F03-offer-response']);

    await worker.openForm(forms['F02-consent']);
    await fillConsent(worker, today());
    await worker.saveForm(forms['F02-consent']);

    await worker.openForm(forms['F20-course-attendance']);
    await worker.choose('Registrering', 'Tilmelding og forløbets rammer');
    await worker.choose('Forløb', 'TryghedsCirklen (COS-P)');
    await worker.type(
      'Holdets eller forløbets navn (valgfrit)',
      'TryghedsCirklen – flere glade øjeblikke med dit barn',
    );
    await worker.choose('Form', 'Gruppeforløb');
    await worker.check('Sundhedsplejerske');
    await worker.check('Pædagog');
    await worker.type('Planlagte mødegange', String(SESSIONS));
    await worker.choose('Tidspunkt (valgfrit)', 'Aftenhold');
    await worker.saveForm(forms['F20-course-attendance']);
    await page.getByText('Venter på, at holdet starter', { exact: true }).waitFor();
  });

  it('offers the waiting course its manual events on an accessible family page, and asks before withdrawing', async () => {
    const { worker, page } = walk;
    await worker.backToFamily(FAMILY);
    const card = cospCard();
    await card.getByRole('heading', { name: 'Handlinger' }).waitFor();
    const buttons = await card.getByRole('listitem').getByRole('button').allTextContents();
    expect(buttons).toEqual(['Holdet er startet', 'Afbryd forløbet før tid', 'Forløbet er aflyst']);
    // Delindsats 2 itself waits for the sub-pathway: nothing to press there.
    expect(await d2Card().getByRole('button').count()).toBe(0);
    await worker.expectNoViolations('family page with manual events');

    await card.getByRole('button', { name: 'Afbryd forløbet før tid' }).click();
    const dialog = page.getByRole('dialog', { name: 'Afbryd forløbet før tid' });
    await dialog.getByText('Det kan ikke fortrydes.').waitFor();
    // Modal: the rest of the page is inert until she answers.
    expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
    await dialog.getByLabel('Begrundelse (valgfrit)').waitFor();
    await worker.expectNoViolations('confirmation dialog');
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByText('Venter på, at holdet starter', { exact: true }).waitFor();
  });

  it('starts the group, after which the before-measurement is due', async () => {
    const { worker } = walk;
    await worker.sendEvent(cospCard(), 'Holdet er startet');
    await cospCard().getByText('Førmåling', { exact: true }).waitFor();
    for (const form of [forms['F15-parent-competence-d2'], forms['F17-novax-d2']]) {
      await worker.openForm(form, cospCard());
      await worker.choose('Måletidspunkt', 'Start af forløbet');
      await worker.saveForm(form);
      await worker.backToFamily(FAMILY);
    }
    await cospCard().getByText('Mødegang', { exact: true }).waitFor();
  });

  it(`records ${SESSIONS} sessions; each next one falls due a week later, or is started by hand`, async () => {
    const { worker, page } = walk;
    for (let session = 1; session <= SESSIONS; session++) {
      await worker.openForm(forms['F20-course-attendance'], cospCard());
      await worker.choose('Registrering', 'Mødegang');
      await worker.type('Mødegang nr.', String(session));
      await worker.type('Dato for mødegangen', today());
      await worker.choose('Deltog mindst én forælder?', 'Ja');
      await worker.choose('Hvem deltog? (valgfrit)', 'Begge forældre');
      await worker.saveForm(forms['F20-course-attendance']);
      if (session === SESSIONS) break;

      const next = toDanishDate(new Date(walk.now().getTime() + 7 * 86_400_000));
      const waiting = page.getByRole('listitem').filter({ hasText: 'Mellem mødegangene' });
      expect(await waiting.textContent()).toContain(`forfalder ${next}`);
      await worker.backToFamily(FAMILY);
      if (session === 1) {
        await worker.sendEvent(cospCard(), 'Næste mødegang');
      } else {
        expect(await walk.advanceDays(7)).toBe(1);
        await worker.comeBackTo(FAMILY);
      }
      await cospCard().getByText('Mødegang', { exact: true }).waitFor();
    }
  });

  it('after the last session asks for the evaluation and the after-measurement, then completes the course', async () => {
    const { worker, page } = walk;
    await page.getByText('Forældrenes evaluering', { exact: true }).waitFor();
    await worker.openForm(forms['F21-cosp-evaluation']);
    await worker.expectNoViolations('COS-P evaluation form');
    await worker.type('Dato', today());
    await worker.choose('Hvem besvarer?', 'Mor');
    await worker.choose('Mine forventninger til kurset er blevet indfriet (valgfrit)', 'I høj grad');
    await worker.choose('Kurset har hjulpet mig til at være en bedre forælder (valgfrit)', 'I nogen grad');
    await worker.saveForm(forms['F21-cosp-evaluation']);

    for (const form of [forms['F15-parent-competence-d2'], forms['F17-novax-d2']]) {
      await worker.openForm(form);
      await worker.choose('Måletidspunkt', 'Slutning af forløbet');
      await worker.saveForm(form);
    }
    await page.getByText('Forløbet er afsluttet: Forløbet er gennemført').waitFor();
  });

  it('returns Delindsats 2 to the worker, who closes it after confirming', async () => {
    const { worker } = walk;
    await worker.backToFamily(FAMILY);
    await cospCard().getByText('Afsluttet: Forløbet er gennemført').waitFor();
    const card = d2Card();
    await card.getByText('Efter COS-P-forløbet', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Tilbyd individuelt forløb' }).waitFor();

    await worker.sendEvent(card, 'Afslut delindsatsen', { confirm: true });
    await card.getByText('Afsluttet: Delindsatsen er afsluttet').waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    await walk.page.getByRole('listitem').filter({ hasText: 'Holdet er startet' }).first().waitFor();
  });
});
