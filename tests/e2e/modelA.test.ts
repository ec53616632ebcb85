import { beforeAll, describe, expect, it } from 'vitest';
import { fillOfferAccepted, fillVisit } from './fillCommonForms';
import { readDefinitionTitles } from './readDefinitionTitle';
import { toDanishDate, toIsoDate } from './toDanishDate';
import { useWalk } from './useWalk';

// Model A: the pregnancy visit with screening for postnatal depression. The mother's EPDS is over the
// cut-off, which flags the pathway. After the birth the infant programme takes over, where the health
// visitor starts a series of need visits for the mother.

const MOTHER = 'Maja Larsen';
const FAMILY = `Familien ${MOTHER}`;
const DAY_MS = 86_400_000;

describe('a health visitor makes a model A pregnancy visit where the EPDS is over the cut-off', () => {
  const walk = useWalk({ workflowFile: 'modelA.pregnancyVisit.v1.json' });
  let workflows: Record<
    'modelA.pregnancyVisit' | 'universal.infantProgramme' | 'needVisitSeries' | 'level.assessment',
    string
  >;
  let forms: Record<
    'F03-offer-response' | 'F05-visit' | 'F09-epds' | 'F10-gotland' | 'F11-need-visit',
    string
  >;
  const today = () => toIsoDate(walk.now());
  const pregnancyCard = () => walk.worker.card(workflows['modelA.pregnancyVisit']);
  const infantCard = () => walk.worker.card(workflows['universal.infantProgramme']);
  const needCard = () => walk.worker.card(workflows.needVisitSeries);

  beforeAll(async () => {
    workflows = await readDefinitionTitles('workflows', [
      'modelA.pregnancyVisit',
      'universal.infantProgramme',
      'needVisitSeries',
      'level.assessment',
    ] as const);
    forms = await readDefinitionTitles('forms', [
      'F03-offer-response',
      'F05-visit',
      'F09-epds',
      'F10-gotland',
      'F11-need-visit',
    ] as const);
  });

  it('starts the pregnancy visit when the notification arrives, and assigns it to herself', async () => {
    const { worker } = walk;
    await worker.login();
    await worker.registerPregnancy({
      name: MOTHER,
      dueDate: toIsoDate(new Date(walk.now().getTime() + 120 * DAY_MS)),
    });
    await worker.startPathway(workflows['modelA.pregnancyVisit']);
    const intake = pregnancyCard().getByRole('listitem').filter({ hasText: 'Advisering og fordeling' });
    expect(await intake.textContent()).toContain(
      `forfalder ${toDanishDate(new Date(walk.now().getTime() + 7 * DAY_MS))}`,
    );

    await worker.sendEvent(pregnancyCard(), 'Fordelt til en sundhedsplejerske');
    await pregnancyCard().getByText('Kontakt og tilbud om graviditetsbesøg', { exact: true }).waitFor();
  });

  it('records the accepted offer, which starts the visit and the level assessment', async () => {
    const { worker, page } = walk;
    await worker.openForm(forms['F03-offer-response'], pregnancyCard());
    await fillOfferAccepted(worker, { offer: 'Hjemmebesøg', date: today() });
    await worker.saveForm(forms['F03-offer-response']);
    await page.getByText('Registrering af graviditetsbesøget', { exact: true }).waitFor();
    await page.getByText('EPDS: mor', { exact: true }).waitFor();
    await worker.backToFamily(FAMILY);
    await worker.card(workflows['level.assessment']).waitFor();
  });

  it('screens the mother with EPDS on an accessible form: over the cut-off, which flags the pathway', async () => {
    const { worker, page } = walk;
    await worker.openForm(forms['F09-epds'], pregnancyCard());
    await worker.type('Dato for opsporingen', today());
    await worker.choose('Hvem har besvaret skemaet?', 'Mor');
    await worker.choose('Tidspunkt', 'Under graviditeten (graviditetsbesøget)');
    await worker.type('Gestationsuge (valgfrit)', '23');
    await worker.choose('Er opsporingen gennemført?', 'Gennemført');
    await worker.type('Totalscore', '14');
    await worker.type('Anvendt cut-off', '11');
    await worker.choose('Er totalscoren over cut-off?', 'Ja');
    await worker.check(
      'Et eller flere ekstra opfølgende behovsbesøg, hvor opsporingsredskabet kan anvendes igen',
    );
    await worker.type('Fritekstforklaring (valgfrit)', 'Behovsbesøg med ny opsporing efter fødslen.');
    const computed = page.getByRole('region', { name: 'Beregnet' });
    expect(await computed.getByRole('definition').allTextContents()).toEqual(['11', 'Ja']);
    await worker.expectNoViolations('EPDS form');
    await worker.saveForm(forms['F09-epds']);
    await page
      .getByRole('group', { name: 'Markeringer' })
      .getByText(/^EPDS over cut-off ved graviditetsbesøget\./)
      .waitFor();

    await worker.backToFamily(FAMILY);
    const flags = pregnancyCard().getByRole('group', { name: 'Markeringer' });
    await flags.getByText(/^EPDS over cut-off ved graviditetsbesøget\./).waitFor();
    expect(await flags.textContent()).toContain(`markeret ${toDanishDate(walk.now())}`);
    await pregnancyCard().getByText('Far/partner: Gotlandskalen eller EPDS', { exact: true }).waitFor();
  });

  it("screens the partner below the cut-off and records the visit; the outcome's events follow", async () => {
    const { worker } = walk;
    await worker.openForm(forms['F10-gotland'], pregnancyCard());
    await worker.type('Dato for opsporingen', today());
    await worker.choose('Hvem har besvaret skemaet?', 'Partner');
    await worker.choose('Tidspunkt', 'Under graviditeten (graviditetsbesøget)');
    await worker.choose('Er opsporingen gennemført?', 'Gennemført');
    await worker.type('Totalscore', '4');
    await worker.type('Anvendt cut-off', '11');
    await worker.choose('Er totalscoren over cut-off?', 'Nej');
    await worker.saveForm(forms['F10-gotland']);

    await worker.openForm(forms['F05-visit']);
    await fillVisit(worker, { type: 'Graviditetsbesøg', date: today() });
    await worker.saveForm(forms['F05-visit']);
    await worker.backToFamily(FAMILY);

    await pregnancyCard().getByText('Udfald af graviditetsbesøget', { exact: true }).waitFor();
    expect(await pregnancyCard().getByRole('button').allTextContents()).toEqual([
      'Ekstra graviditetsbesøg',
      'Henvis',
      'Indkald til gravidteammøde',
      'Ingen yderligere indsats før fødslen',
    ]);
    await worker.sendEvent(pregnancyCard(), 'Ingen yderligere indsats før fødslen');
    await pregnancyCard().getByText('Afventer fødslen', { exact: true }).waitFor();
  });

  it('hands over to the infant programme at the birth; the flag stays visible on the pregnancy visit', async () => {
    const { page } = walk;
    await page.getByRole('button', { name: `Registrér fødsel for Barn af ${MOTHER}` }).click();
    await page.getByLabel('Fødselsdato').fill(today());
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('status').getByText(`Fødslen er registreret for Barn af ${MOTHER}.`).waitFor();

    await pregnancyCard().getByText('Afsluttet: Overgået til spædbarnsprogrammet').waitFor();
    await pregnancyCard().getByRole('group', { name: 'Markeringer' }).waitFor();
    await infantCard().getByText('Udskrivning fra fødestedet', { exact: true }).waitFor();
  });

  it('starts need visits from the infant programme and closes them after one visit', async () => {
    const { worker } = walk;
    await worker.sendEvent(infantCard(), 'Udskrevet 72 timer eller mere efter fødslen');
    await infantCard().getByText('Standardbesøg før 2 måneder', { exact: true }).waitFor();
    await worker.sendEvent(infantCard(), 'Start behovsbesøg');
    await needCard()
      .getByRole('link', { name: `Udfyld: ${forms['F11-need-visit']}` })
      .waitFor();

    await worker.openForm(forms['F05-visit'], needCard());
    await fillVisit(worker, { type: 'Behovsbesøg', date: today() });
    await worker.saveForm(forms['F05-visit']);
    await worker.openForm(forms['F11-need-visit']);
    await worker.type('Dato for behovsbesøget', today());
    await worker.choose('Årsag til behovsbesøget', 'EPDS eller Gotland over cut-off');
    await worker.choose(
      'Er kommunens kriterier og tegn for behovsbesøg opfyldt?',
      'Kommunen har ikke fastsat kriterier',
    );
    await worker.check('EPDS');
    await worker.choose(
      'Vurdering efter besøget: næste skridt',
      'Behovet er dækket; familien fortsætter i de universelle tilbud',
    );
    await worker.saveForm(forms['F11-need-visit']);
    await worker.backToFamily(FAMILY);
    await needCard().getByText('Afsluttet: Behovsbesøgene er afsluttet').waitFor();
  });
});
