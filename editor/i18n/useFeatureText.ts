import type { Language } from '../../runtime';
import { useLanguage } from './LanguageContext';

/**
 * A feature's own strings, in both languages (`features/<name>/text.ts`), so features add words without
 * touching the app-wide dictionary. TypeScript keeps the two languages in step through the shared type.
 */
export function useFeatureText<T>(texts: Record<Language, T>): T {
  return texts[useLanguage().language];
}
