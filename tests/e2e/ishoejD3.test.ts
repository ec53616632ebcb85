import { beforeAll, describe, expect, it } from 'vitest';
import { fillOfferAccepted } from './fillCommonForms';
import { readDefinitionTitles } from './readDefinitionTitle';
import { toDanishDate, toIsoDate } from './toDanishDate';
import { useWalk } from './useWalk';

// A health visitor holds the third-grade health talk with a nine-year-old and his mother. The talk ends in
// bridging to a leisure activity: a sub-pathway, followed up a month later on the server's clock.

const FAMILY = 'Familien Ali';

describe('a health visitor holds the third-grade health talk in Ishøj Delindsats 3, with leisure bridging', () => {
  const walk = useWalk({ workflowFile: 'ishoej.d3.healthTalk3rdGrade.v1.json' });
  let workflows: Record<'ishoej.d3.healthTalk3rdGrade' | 'ishoej.d3.leisureBridging', string>;
  let forms: Record<'F03-offer-response' | 'F18-third-grade-talk' | 'F19-leisure-bridging', string>;
  const today = () => toIsoDate(walk.now());
  const talkCard = () => walk.worker.card(workflows['ishoej.d3.healthTalk3rdGrade']);
  const bridgingCard = () => walk.worker.card(workflows['ishoej.d3.leisureBridging']);

  beforeAll(async () => {
    workflows = await readDefinitionTitles('workflows', [
      'ishoej.d3.healthTalk3rdGrade',
      'ishoej.d3.leisureBridging',
    ] as const);
    forms = await readDefinitionTitles('forms', [
      'F03-offer-response',
      'F18-third-grade-talk',
      'F19-leisure-bridging',
    ] as const);
  });

  it('starts the health talk for a third-grader and records that the family accepted the invitation', async () => {
    const { worker, page } = walk;
    await worker.login();
    const birthDate = toIsoDate(new Date(walk.now().getTime() - 9 * 365 * 86_400_000));
    await worker.registerChild({ familyName: FAMILY, childName: 'Yusuf Ali', birthDate });
    await worker.startPathway(workflows['ishoej.d3.healthTalk3rdGrade']);
    await talkCard().getByText('Invitation til sundhedssamtale', { exact: true }).waitFor();

    await worker.openForm(forms['F03-offer-response'], talkCard());
    await fillOfferAccepted(worker, { offer: 'Andet', other: 'Sundhedssamtale i 3. klasse', date: today() });
    await worker.saveForm(forms['F03-offer-response']);
    const talk = page.getByRole('listitem').filter({ hasText: /^Sundhedssamtalen – forfalder/ });
    const due = toDanishDate(new Date(walk.now().getTime() + 28 * 86_400_000));
    expect(await talk.textContent()).toContain(`forfalder ${due}`);
  });

  it('finds the talk under "Later" on an accessible "Mit arbejde", filters by programme, and opens the family', async () => {
    const { worker, page } = walk;
    await page.getByRole('link', { name: 'Mit arbejde' }).click();
    await worker.heading('Mit arbejde').waitFor();
    const later = page.getByRole('region', { name: 'Senere (1 trin)' });
    const due = toDanishDate(new Date(walk.now().getTime() + 28 * 86_400_000));
    await later.getByText(`Sundhedssamtalen — forfalder ${due}`).waitFor();
    await later.getByText(workflows['ishoej.d3.healthTalk3rdGrade']).waitFor();
    await page.getByRole('region', { name: 'Overskredne (0 trin)' }).getByText('Ingen trin.').waitFor();
    const caseload = page.getByRole('table', { name: 'Du er ansvarlig for 1 familie' });
    expect(await caseload.getByRole('row', { name: new RegExp(FAMILY) }).textContent()).toContain(due);
    await worker.expectNoViolations('Mit arbejde');

    await worker.select('Forløb', workflows['ishoej.d3.leisureBridging']);
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.getByRole('region', { name: 'Senere (0 trin)' }).waitFor();
    await worker.select('Forløb', 'Alle forløb');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.getByRole('region', { name: 'Senere (1 trin)' }).getByRole('link', { name: FAMILY }).click();
    await worker.heading(FAMILY).waitFor();
  });

  it('records the talk on an accessible form, with bridging to a leisure activity as its outcome', async () => {
    const { worker } = walk;
    await worker.openForm(forms['F18-third-grade-talk']);
    await worker.type('Skoleår', '2025/2026');
    await worker.type('Skole (valgfrit)', 'Vibeholmskolen');
    await worker.type('Klasse (valgfrit)', '3.A');
    await worker.choose('Blev samtalen holdt?', 'Samtalen er gennemført');
    await worker.type('Dato', today());
    await worker.choose('Deltog barnet?', 'Ja');
    await worker.choose('Hvem deltog fra forældrene?', 'Mor');
    await worker.type('Barnets perspektiv (valgfrit)', 'Vil gerne gå til fodbold med en ven.');
    await worker.check('Brobygning til fritidsaktivitet og foreningsliv');
    await worker.expectNoViolations('third-grade talk form');
    await worker.saveForm(forms['F18-third-grade-talk']);
    await walk.page.getByText('Brobygning i gang', { exact: true }).waitFor();
  });

  it('shows the bridging as its own pathway on the family page, while the talk waits for it', async () => {
    const { worker } = walk;
    await worker.backToFamily(FAMILY);
    await talkCard().getByText('Brobygning i gang', { exact: true }).waitFor();
    await talkCard().getByText('Ingen skemaer skal udfyldes lige nu.').waitFor();
    await bridgingCard().getByText('Brobygning', { exact: true }).waitFor();
  });

  it('records the bridging; the child has not started yet, so a follow-up falls due a month later', async () => {
    const { worker, page } = walk;
    await worker.openForm(forms['F19-leisure-bridging'], bridgingCard());
    await worker.choose('Registrering', 'Brobygning');
    await worker.type('Dato', today());
    await worker.type('Fritidsaktivitet', 'Fodbold');
    await worker.type('Forening eller klub (valgfrit)', 'Ishøj IF');
    await worker.choose('Er der skabt kontakt til foreningen? (valgfrit)', 'Ja');
    await worker.choose('Er barnet startet i aktiviteten?', 'Ikke endnu');
    await worker.saveForm(forms['F19-leisure-bridging']);
    await page.getByText('Venter på opfølgning', { exact: true }).waitFor();

    await worker.backToFamily(FAMILY);
    await bridgingCard().getByRole('button', { name: 'Opfølgning' }).waitFor();
  });

  it('a month later the follow-up is due by itself; the child has started, which closes both pathways', async () => {
    const { worker } = walk;
    expect(await walk.advanceDays(31)).toBe(1);
    await worker.comeBackTo(FAMILY);
    await bridgingCard().getByText('Opfølgning på brobygningen', { exact: true }).waitFor();

    await worker.openForm(forms['F19-leisure-bridging'], bridgingCard());
    await worker.choose('Registrering', 'Opfølgning');
    await worker.type('Dato', today());
    await worker.type('Fritidsaktivitet', 'Fodbold');
    await worker.choose('Er barnet startet i aktiviteten?', 'Ja');
    await worker.saveForm(forms['F19-leisure-bridging']);
    await walk.page.getByText('Forløbet er afsluttet: Barnet er startet i en fritidsaktivitet').waitFor();

    await worker.backToFamily(FAMILY);
    await bridgingCard().getByText('Afsluttet: Barnet er startet i en fritidsaktivitet').waitFor();
    await talkCard().getByText('Afsluttet: Sundhedssamtalen er afsluttet').waitFor();
  });
});
