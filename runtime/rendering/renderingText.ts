import { englishStringTranslator, TranslatableString } from '@rjsf/utils';
import type { Language } from '../i18n/text';

/** The renderer's own words (not the form's): Danish first, English second. */
export interface RenderingText {
  errorSummaryTitle: string;
  errorSummaryIntro: string;
  errorPrefix: string;
  gapTitle: string;
  gapIntro: string;
  gapLabel: string;
  optional: string;
  computedTitle: string;
  computedEmpty: string;
  submit: string;
  yes: string;
  no: string;
  add: string;
  remove: string;
  item: (n: number) => string;
  choose: string;
  noAnswers: string;
  /** Multi-page forms. */
  pagesLabel: string;
  pageOf: (n: number, total: number) => string;
  previousPage: string;
  nextPage: string;
}

const texts: Record<Language, RenderingText> = {
  da: {
    errorSummaryTitle: 'Der er fejl i formularen',
    errorSummaryIntro: 'Ret følgende, før du sender:',
    errorPrefix: 'Fejl:',
    gapTitle: 'Ikke specificeret endnu',
    gapIntro: 'Dele af skemaet er ikke fastlagt i kilderne:',
    gapLabel: 'Ikke specificeret endnu:',
    optional: '(valgfrit)',
    computedTitle: 'Beregnet',
    computedEmpty: '–',
    submit: 'Gem',
    yes: 'Ja',
    no: 'Nej',
    add: 'Tilføj',
    remove: 'Fjern',
    item: (n) => `nummer ${n}`,
    choose: 'Vælg',
    noAnswers: 'Ingen felter er udfyldt.',
    pagesLabel: 'Skemaets sider',
    pageOf: (n, total) => `Side ${n} af ${total}`,
    previousPage: 'Forrige side',
    nextPage: 'Næste side',
  },
  en: {
    errorSummaryTitle: 'There is a problem with the form',
    errorSummaryIntro: 'Correct the following before you submit:',
    errorPrefix: 'Error:',
    gapTitle: 'Not yet specified',
    gapIntro: 'Parts of this form are not settled in the sources:',
    gapLabel: 'Not yet specified:',
    optional: '(optional)',
    computedTitle: 'Computed',
    computedEmpty: '–',
    submit: 'Save',
    yes: 'Yes',
    no: 'No',
    add: 'Add',
    remove: 'Remove',
    item: (n) => `number ${n}`,
    choose: 'Choose',
    noAnswers: 'No fields are filled in.',
    pagesLabel: "The form's pages",
    pageOf: (n, total) => `Page ${n} of ${total}`,
    previousPage: 'Previous page',
    nextPage: 'Next page',
  },
};

export function getRenderingText(language: Language): RenderingText {
  return texts[language];
}

/** rjsf's built-in strings (button titles, yes/no labels), in the form's language. */
export function createStringTranslator(language: Language) {
  const text = texts[language];
  const own: Partial<Record<TranslatableString, string>> = {
    [TranslatableString.YesLabel]: text.yes,
    [TranslatableString.NoLabel]: text.no,
    [TranslatableString.AddButton]: text.add,
    [TranslatableString.AddItemButton]: text.add,
    [TranslatableString.RemoveButton]: text.remove,
    [TranslatableString.ErrorsLabel]: text.errorSummaryTitle,
  };
  return (key: TranslatableString, params?: string[]): string =>
    own[key] ?? englishStringTranslator(key, params);
}
