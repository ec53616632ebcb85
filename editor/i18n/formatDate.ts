import type { Language } from '../../runtime';

const locales: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** An ISO date (YYYY-MM-DD) as people write it: "12. marts 2027" / "12 March 2027". Never shifted by time zone. */
export function formatDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return dateFormats[language].format(date);
}

// One formatter per language: creating an Intl.DateTimeFormat costs far more than formatting with one, and a
// worklist of 500 families formats thousands of dates.
const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat(locales.da, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat(locales.en, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** A moment (ISO date-time) in the worker's time zone: "12. marts 2027 kl. 14.05". */
export function formatDateTime(isoDateTime: string, language: Language): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** Today's date in the worker's time zone, as an ISO date. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
