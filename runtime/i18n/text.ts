/** Every user-facing string in a definition is given in Danish first, English second. */
export type Language = 'da' | 'en';
export const LANGUAGES: readonly Language[] = ['da', 'en'];

export interface LocalizedText {
  da: string;
  en: string;
}

/** Picks the text in `language`, falling back to Danish, the product's first language. */
export function toText(text: LocalizedText | undefined, language: Language): string {
  if (!text) return '';
  return text[language] || text.da;
}
