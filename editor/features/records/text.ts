/** The strings of the organisation-records screen (forms filled outside any family). */
export interface RecordsText {
  title: string;
  intro: string;
  formsHeading: string;
  fillIn: (title: string) => string;
  none: string;
  recordsHeading: string;
  noRecords: string;
  submitted: (when: string) => string;
  version: (n: number) => string;
  mine: string;
  colleague: string;
  saved: string;
  back: string;
  submit: string;
  submitting: string;
}

export const recordsText: Record<'da' | 'en', RecordsText> = {
  da: {
    title: 'Registreringer uden familie',
    intro:
      'Skemaer, der ikke hører til en families journal: medarbejderspørgeskemaet, forældrepanelets tilbagemeldinger og registreringen af aktiviteter.',
    formsHeading: 'Skemaer',
    fillIn: (title) => `Udfyld ${title}`,
    none: 'Der er ingen skemaer af denne slags.',
    recordsHeading: 'Udfyldte registreringer',
    noRecords: 'Der er ingen registreringer endnu.',
    submitted: (when) => `Sendt ${when}`,
    version: (n) => `version ${n}`,
    mine: 'Udfyldt af dig',
    colleague: 'Udfyldt af en kollega',
    saved: 'Registreringen er gemt.',
    back: 'Tilbage til registreringerne',
    submit: 'Gem registrering',
    submitting: 'Gemmer …',
  },
  en: {
    title: 'Records outside families',
    intro:
      "Forms that belong to no family's journal: the staff survey, the parent panel's feedback and the activity registration.",
    formsHeading: 'Forms',
    fillIn: (title) => `Fill in ${title}`,
    none: 'There are no forms of this kind.',
    recordsHeading: 'Records filled in',
    noRecords: 'There are no records yet.',
    submitted: (when) => `Sent ${when}`,
    version: (n) => `version ${n}`,
    mine: 'Filled in by you',
    colleague: 'Filled in by a colleague',
    saved: 'The record is saved.',
    back: 'Back to the records',
    submit: 'Save record',
    submitting: 'Saving …',
  },
};
