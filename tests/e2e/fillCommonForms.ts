import type { Worker } from './createWorker';

// The forms several pathways share, filled in as the fixtures in tests/fixtures/submissions/ show them.

/** F03 Tilbud og svar: the offer was made by phone and the family said yes. */
export async function fillOfferAccepted(
  worker: Worker,
  { offer, other, date }: { offer: string; other?: string; date: string },
): Promise<void> {
  await worker.select('Tilbud', offer);
  if (other) await worker.type('Hvilket tilbud?', other);
  await worker.type('Dato for tilbuddet', date);
  await worker.choose('Tilbuddet er givet via', 'Telefon');
  await worker.choose('Familiens svar', 'Takket ja');
}

/** F02 Samtykke: the mother consents to everything. */
export async function fillConsent(worker: Worker, date: string): Promise<void> {
  await worker.choose('Samtykke til at deltage i projektet ”Sammen om familiens trivsel og sundhed”', 'Ja');
  await worker.choose('Drøftelse i det tværfaglige team', 'Sagen må drøftes med navn');
  await worker.choose('Oplysninger må deles med barnets dagtilbud', 'Ja');
  await worker.choose('Sundhedsplejersken må skrive et korrespondancebrev til egen læge', 'Ja');
  await worker.choose('Kontaktoplysninger må gives videre til evalueringen af projektet', 'Ja');
  await worker.choose('Samtykket er givet af', 'Mor');
  await worker.type('Dato for samtykke', date);
}

/** F05 Besøg: a home visit on the given date. */
export async function fillVisit(
  worker: Worker,
  { type, date }: { type: string; date: string },
): Promise<void> {
  await worker.select('Besøgstype', type);
  await worker.type('Dato for besøget', date);
}
