import { beforeAll, describe, expect, it } from 'vitest';
import { fillOfferAccepted, fillVisit } from './fillCommonForms';
import { readDefinitionTitles } from './readDefinitionTitle';
import { toDanishDate, toIsoDate } from './toDanishDate';
import { useWalk } from './useWalk';

// Hedensted's extended visits for one child: the 1½-year visit (TOPI position, target group, offer, visit
// with its content), then, sixteen months later on the server's clock, the 3-year visit starts by itself;
// the family has moved, so the health visitor withdraws it with a reason.

const FAMILY = 'Familien Berg';
const DAY_MS = 86_400_000;

describe('a health visitor makes the Hedensted 1½-year visit, and the 3-year visit starts when due', () => {
  const walk = useWalk({ workflowFile: 'extendedVisits.programme.v1.json' });
  let workflows: Record<'extendedVisits.programme' | 'hedensted.extendedVisit', string>;
  let forms: Record<
    'F35-topi-position' | 'F04-inclusion' | 'F03-offer-response' | 'F05-visit' | 'F22-extended-visit-content',
    string
  >;
  let birth: Date;
  const today = () => toIsoDate(walk.now());
  const programmeCard = () => walk.worker.card(workflows['extendedVisits.programme']);
  /** The visit pathway that is not finished (the 1½-year one, later the 3-year one). */
  const visitCard = () =>
    walk.worker
      .card(workflows['hedensted.extendedVisit'])
      .filter({ hasNot: walk.page.getByText(/^Afsluttet:/) });

  beforeAll(async () => {
    workflows = await readDefinitionTitles('workflows', [
      'extendedVisits.programme',
      'hedensted.extendedVisit',
    ] as const);
    forms = await readDefinitionTitles('forms', [
      'F35-topi-position',
      'F04-inclusion',
      'F03-offer-response',
      'F05-visit',
      'F22-extended-visit-content',
    ] as const);
  });

  it('starts the programme for a toddler: the 1½-year visit pathway starts with it', async () => {
    const { worker } = walk;
    await worker.login();
    birth = new Date(walk.now().getTime() - 520 * DAY_MS);
    await worker.registerChild({ familyName: FAMILY, childName: 'Ida Berg', birthDate: toIsoDate(birth) });
    await worker.startPathway(workflows['extendedVisits.programme']);

    const visitDue = new Date(birth);
    visitDue.setUTCMonth(visitDue.getUTCMonth() + 18);
    const step = programmeCard().getByRole('listitem').filter({ hasText: '1½ års besøg' });
    expect(await step.textContent()).toContain(`forfalder ${toDanishDate(visitDue)}`);
    await visitCard().getByText('Vurdering af målgruppe', { exact: true }).waitFor();
    await visitCard().getByText(`Udfyld: ${forms['F35-topi-position']}`).waitFor();
    expect(await programmeCard().getByRole('button').allTextContents()).toEqual(['Afbryd programmet']);
  });

  it('positions the child in TOPI and assesses the family as in the target group', async () => {
    const { worker, page } = walk;
    await worker.openForm(forms['F35-topi-position'], visitCard());
    await worker.type('Dato for positioneringen', today());
    await worker.choose('Barnets position i TOPI', 'Gul – skal vi være opmærksom');
    await worker.choose('Positioneret af', 'Sundhedsplejerske');
    await worker.choose('Anledning til positioneringen (valgfrit)', 'Løbende positionering af alle børn');
    await worker.saveForm(forms['F35-topi-position']);
    // The optional TOPI form alone does not move the step on.
    await page.getByText('Vurdering af målgruppe', { exact: true }).waitFor();

    await worker.openForm(forms['F04-inclusion']);
    await worker.select(
      'Program',
      'De første 1.000 dage: hjemmebesøg ved 1½ og 3 år og TryghedsCirklen (COS-P)',
    );
    await worker.type('Dato for vurderingen', today());
    await worker.type('Barnets alder (hele år)', '1');
    await worker.check('Familien oplever udfordringer med barnets sundhed, trivsel eller udvikling');
    await worker.choose('TOPI-position (valgfrit)', 'Gul');
    await worker.choose('Er familien i målgruppen?', 'Ja');
    await worker.choose('Tilbud, der foreslås', 'Hjemmebesøg ved 1½ og 3 år');
    await worker.saveForm(forms['F04-inclusion']);
    await page.getByText('Tilbud om besøg', { exact: true }).waitFor();
  });

  it('records the accepted offer; the visit step then offers to cancel the visit, on an accessible page', async () => {
    const { worker } = walk;
    await worker.openForm(forms['F03-offer-response']);
    await fillOfferAccepted(worker, { offer: 'Hjemmebesøg', date: today() });
    await worker.saveForm(forms['F03-offer-response']);
    await worker.backToFamily(FAMILY);

    const card = visitCard();
    await card.getByText('1½ års besøg', { exact: true }).waitFor();
    expect(await card.getByRole('button').allTextContents()).toEqual([
      'Besøget er aflyst',
      'Afbryd forløbet',
    ]);
    await worker.expectNoViolations('family page with two pathways');
  });

  it('does not cancel the visit a colleague already cancelled: her page was out of date, and is updated', async () => {
    const { worker, page } = walk;
    const link = visitCard().getByRole('link', { name: `Udfyld: ${forms['F05-visit']}` });
    const pathwayId = /\/pathways\/([^/]+)\//.exec((await link.getAttribute('href')) ?? '')?.[1];
    // A colleague, logged in elsewhere, cancels the visit while this page is open.
    const colleague = await page.request.post(`${walk.server.url}/api/pathways/${pathwayId}/events`, {
      data: { type: 'VISIT_CANCELLED' },
    });
    expect(colleague.status()).toBe(200);

    await visitCard().getByRole('button', { name: 'Besøget er aflyst' }).click();
    await page
      .getByRole('dialog', { name: 'Besøget er aflyst' })
      .getByRole('button', { name: 'Bekræft: Besøget er aflyst' })
      .click();
    await page
      .getByRole('alert')
      .getByText(
        '”Besøget er aflyst” blev ikke registreret: forløbet er ændret i mellemtiden. Siden er opdateret.',
      )
      .waitFor();
    await visitCard().getByText('Tilbud om besøg', { exact: true }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Besøget er aflyst' }).first().waitFor();

    // She records the new date the family accepted.
    await worker.openForm(forms['F03-offer-response'], visitCard());
    await fillOfferAccepted(worker, { offer: 'Hjemmebesøg', date: today() });
    await worker.saveForm(forms['F03-offer-response']);
    await worker.backToFamily(FAMILY);
  });

  it('records the visit and its content; the programme then waits for the 3-year visit', async () => {
    const { worker } = walk;
    await worker.openForm(forms['F05-visit'], visitCard());
    await fillVisit(worker, { type: '1½ års besøg', date: today() });
    await worker.saveForm(forms['F05-visit']);

    await worker.openForm(forms['F22-extended-visit-content']);
    await worker.choose('Besøg', '1½ års besøg');
    await worker.type('Det, forældrene selv ønskede at tale om (valgfrit)', 'Søvn og grænsesætning');
    await worker.check('Søvn');
    await worker.check('Grænsesætning og opdragelse');
    await worker.choose(
      'Forælderens oplevelse: I hvilken grad har besøget støttet dig i at være en god forælder? (valgfrit)',
      'I høj grad',
    );
    await worker.choose('Udfald af besøget', 'Ingen yderligere indsats');
    await worker.saveForm(forms['F22-extended-visit-content']);
    await worker.backToFamily(FAMILY);

    await worker
      .card(workflows['hedensted.extendedVisit'])
      .getByText('Afsluttet: Besøget er gennemført')
      .waitFor();
    const waiting = programmeCard().getByRole('listitem').filter({ hasText: 'Venter på 3 års besøget' });
    const due = new Date(birth);
    due.setUTCMonth(due.getUTCMonth() + 34);
    expect(await waiting.textContent()).toContain(`forfalder ${toDanishDate(due)}`);
    await programmeCard().getByRole('button', { name: 'Start 3 års besøget' }).waitFor();
  });

  it('starts the 3-year visit by itself at 34 months, and withdraws it with a reason after the family moved', async () => {
    const { worker, page } = walk;
    const due = new Date(birth);
    due.setUTCMonth(due.getUTCMonth() + 34);
    expect(await walk.advanceDays(Math.ceil((due.getTime() - walk.now().getTime()) / DAY_MS))).toBe(1);
    await worker.comeBackTo(FAMILY);
    await programmeCard().getByText('3 års besøg', { exact: true }).waitFor();
    await visitCard().getByText('Vurdering af målgruppe', { exact: true }).waitFor();

    await worker.sendEvent(visitCard(), 'Afbryd forløbet', {
      confirm: true,
      reason: 'Familien er flyttet til en anden kommune.',
    });
    await programmeCard().getByText('Afsluttet: 1½ og 3 års besøgene er afsluttet').waitFor();
    expect(await worker.card(workflows['hedensted.extendedVisit']).count()).toBe(2);
    await page.getByRole('listitem').filter({ hasText: 'Afbryd forløbet' }).first().waitFor();
  });
});
