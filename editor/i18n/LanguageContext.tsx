import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../runtime';
import { da } from './da';
import type { Dictionary } from './Dictionary';
import { en } from './en';

const dictionaries: Record<Language, Dictionary> = { da, en };
const STORAGE_KEY = 'forloeb.language';

interface LanguageState {
  language: Language;
  t: Dictionary;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

/** Danish unless the worker chose English on this device; the page's `lang` follows, for screen readers. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(readStoredLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this visit only.
    }
  }, [language]);
  const value = useMemo(() => ({ language, t: dictionaries[language], setLanguage }), [language]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage() is used outside <LanguageProvider>');
  return state;
}

function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}
