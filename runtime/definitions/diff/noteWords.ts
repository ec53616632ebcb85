import type { LocalizedText } from '../types';
import type { ParameterChange, PropertyChange } from './types';

/** Builds one note in both languages from the same pieces. */
export function note(
  da: (title: (text: LocalizedText | undefined) => string) => string,
  en: (title: (text: LocalizedText | undefined) => string) => string,
): LocalizedText {
  return { da: da((text) => `"${text?.da ?? ''}"`), en: en((text) => `"${text?.en ?? ''}"`) };
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function toValueText(value: unknown, language: 'da' | 'en'): string {
  if (value === null || value === undefined) return language === 'da' ? 'ingen' : 'none';
  if (value === true) return language === 'da' ? 'ja' : 'yes';
  if (value === false) return language === 'da' ? 'nej' : 'no';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function hasChange(changes: PropertyChange[], property: string): PropertyChange | undefined {
  return changes.find((change) => change.property === property);
}

export function toParameterNotes(parameters: ParameterChange[]): LocalizedText[] {
  return parameters.map((parameter) => {
    if (parameter.change === 'added')
      return note(
        (t) =>
          `Ny indstilling ${t(parameter.title)} med standardværdien ${toValueText(parameter.after, 'da')}.`,
        (t) => `New setting ${t(parameter.title)} with the default ${toValueText(parameter.after, 'en')}.`,
      );
    if (parameter.change === 'removed')
      return note(
        (t) => `Indstillingen ${t(parameter.title)} er fjernet.`,
        (t) => `The setting ${t(parameter.title)} is removed.`,
      );
    if (hasChange(parameter.changes, 'default'))
      return note(
        (t) =>
          `Standardværdien for ${t(parameter.title)} er ændret fra ${toValueText(parameter.before, 'da')} til ${toValueText(parameter.after, 'da')}.`,
        (t) =>
          `The default of ${t(parameter.title)} changed from ${toValueText(parameter.before, 'en')} to ${toValueText(parameter.after, 'en')}.`,
      );
    return note(
      (t) => `Indstillingen ${t(parameter.title)} er ændret.`,
      (t) => `The setting ${t(parameter.title)} changed.`,
    );
  });
}

export function toMetaNotes(meta: PropertyChange[]): LocalizedText[] {
  return meta.map((change) => {
    const before = change.before as LocalizedText | undefined;
    const after = change.after as LocalizedText | undefined;
    if (change.property === 'title')
      return note(
        (t) => `Titlen er ændret fra ${t(before)} til ${t(after)}.`,
        (t) => `The title changed from ${t(before)} to ${t(after)}.`,
      );
    if (change.property === 'description')
      return { da: 'Beskrivelsen er ændret.', en: 'The description changed.' };
    if (change.property === 'subject')
      return {
        da: `Skemaet hører nu til ${String(change.after)}-journalen.`,
        en: `The form now belongs to the ${String(change.after)} record.`,
      };
    return {
      da: `Rollerne er nu: ${toValueText(change.after, 'da')}.`,
      en: `The roles are now: ${toValueText(change.after, 'en')}.`,
    };
  });
}
