import type { LocalizedText } from '../i18n/text';

/**
 * The purposes a family member can consent to, each on its own (purpose-bound), with the wording of the
 * consent form (F02-consent; team discussion is its `teamDiscussion` question, by name or anonymously). A guard reads the family's current consents as `consents.<purpose>`.
 */
export const CONSENT_PURPOSES = {
  teamDiscussionNamed: {
    da: 'Sagen må drøftes med navn',
    en: 'The case may be discussed by name',
  },
  teamDiscussionAnonymous: {
    da: 'Sagen må kun drøftes på anonym basis',
    en: 'The case may only be discussed anonymously',
  },
  shareWithDayCare: {
    da: 'Oplysninger må deles med barnets dagtilbud',
    en: "Information may be shared with the child's day care",
  },
  gpLetter: {
    da: 'Sundhedsplejersken må skrive et korrespondancebrev til egen læge',
    en: 'The health visitor may write a correspondence letter to the GP',
  },
  evaluationContact: {
    da: 'Kontaktoplysninger må gives videre til evalueringen af projektet',
    en: "Contact details may be passed on to the project's evaluation",
  },
} as const satisfies Record<string, LocalizedText>;

export type ConsentPurpose = keyof typeof CONSENT_PURPOSES;
export const CONSENT_PURPOSE_IDS = Object.keys(CONSENT_PURPOSES) as ConsentPurpose[];

export function isConsentPurpose(value: unknown): value is ConsentPurpose {
  return typeof value === 'string' && Object.hasOwn(CONSENT_PURPOSES, value);
}

/** Every purpose, true while some member's consent to it is given and not withdrawn. */
export function toConsentFacts(
  consents: readonly { purpose: string; withdrawnAt?: string }[] = [],
): Record<ConsentPurpose, boolean> {
  const facts = Object.fromEntries(CONSENT_PURPOSE_IDS.map((p) => [p, false])) as Record<
    ConsentPurpose,
    boolean
  >;
  for (const consent of consents)
    if (isConsentPurpose(consent.purpose) && consent.withdrawnAt === undefined) facts[consent.purpose] = true;
  return facts;
}
