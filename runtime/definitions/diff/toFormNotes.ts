import type { LocalizedText } from '../types';
import { hasChange, note, toMetaNotes, toParameterNotes } from './noteWords';
import type { FieldChange, FormDiff } from './types';

const TYPE_WORDS: Record<string, LocalizedText> = {
  string: { da: 'tekst', en: 'text' },
  integer: { da: 'heltal', en: 'whole number' },
  number: { da: 'tal', en: 'number' },
  boolean: { da: 'ja/nej', en: 'yes/no' },
  object: { da: 'gruppe', en: 'group' },
  array: { da: 'liste', en: 'list' },
};

function toTypeWords(type: string | undefined, language: 'da' | 'en'): string {
  if (!type) return '';
  const base = type.replace(/\|null$/, '');
  const words = TYPE_WORDS[base] ?? (base.startsWith('array') ? TYPE_WORDS.array : undefined);
  return words?.[language] ?? base;
}

/** Release notes of a form diff, one sentence per change a health visitor would notice. */
export function toFormNotes(diff: FormDiff): LocalizedText[] {
  return [
    ...toMetaNotes(diff.meta),
    ...diff.fields.flatMap(toFieldNotes),
    ...toParameterNotes(diff.parameters),
  ];
}

function toFieldNotes(field: FieldChange): LocalizedText[] {
  const computed = field.path.startsWith('=');
  const title = (field.after ?? field.before)?.title;
  const noun = computed ? { da: 'Beregningen', en: 'The calculation' } : { da: 'Feltet', en: 'The field' };
  if (field.change === 'added')
    return [
      note(
        (t) =>
          `${computed ? 'Ny beregning' : 'Nyt felt'} ${t(title)}${field.after?.required ? ' (skal udfyldes)' : ''}.`,
        (t) =>
          `${computed ? 'New calculation' : 'New field'} ${t(title)}${field.after?.required ? ' (required)' : ''}.`,
      ),
    ];
  if (field.change === 'removed')
    return [
      note(
        (t) => `${noun.da} ${t(title)} er fjernet.`,
        (t) => `${noun.en} ${t(title)} is removed.`,
      ),
    ];
  const notes: LocalizedText[] = [];
  const before = field.before;
  const after = field.after;
  if (hasChange(field.changes, 'title'))
    notes.push(
      note(
        (t) => `${noun.da} ${t(before?.title)} hedder nu ${t(after?.title)}.`,
        (t) => `${noun.en} ${t(before?.title)} is now called ${t(after?.title)}.`,
      ),
    );
  if (hasChange(field.changes, 'type') || hasChange(field.changes, 'format'))
    notes.push(
      note(
        (t) =>
          `${noun.da} ${t(title)} har skiftet type fra ${toTypeWords(before?.type, 'da')} til ${toTypeWords(after?.type, 'da')}.`,
        (t) =>
          `${noun.en} ${t(title)} changed type from ${toTypeWords(before?.type, 'en')} to ${toTypeWords(after?.type, 'en')}.`,
      ),
    );
  if (hasChange(field.changes, 'required'))
    notes.push(
      after?.required
        ? note(
            (t) => `${noun.da} ${t(title)} skal nu udfyldes.`,
            (t) => `${noun.en} ${t(title)} is now required.`,
          )
        : note(
            (t) => `${noun.da} ${t(title)} skal ikke længere udfyldes.`,
            (t) => `${noun.en} ${t(title)} is no longer required.`,
          ),
    );
  if (hasChange(field.changes, 'limits'))
    notes.push(
      note(
        (t) => `Grænserne for ${t(title)} er ændret.`,
        (t) => `The limits of ${t(title)} changed.`,
      ),
    );
  if (hasChange(field.changes, 'visibility'))
    notes.push(
      note(
        (t) => `Hvornår ${t(title)} vises, er ændret.`,
        (t) => `When ${t(title)} is shown has changed.`,
      ),
    );
  if (hasChange(field.changes, 'expr'))
    notes.push(
      note(
        (t) => `Beregningen af ${t(title)} er ændret.`,
        (t) => `The calculation of ${t(title)} changed.`,
      ),
    );
  const recoded = new Set(field.optionsRecoded.map((recode) => recode.to));
  const added = field.optionsAdded.filter((option) => !recoded.has(option.code));
  if (added.length > 0)
    notes.push(
      note(
        (t) =>
          `${t(title)} har fået nye svarmuligheder: ${added.map((option) => t(option.title)).join(', ')}.`,
        (t) => `${t(title)} has new choices: ${added.map((option) => t(option.title)).join(', ')}.`,
      ),
    );
  const recodedFrom = new Set(field.optionsRecoded.map((recode) => recode.from));
  for (const option of field.optionsRemoved.filter((option) => !recodedFrom.has(option.code)))
    notes.push(
      note(
        (t) => `Svarmuligheden ${t(option.title)} er fjernet fra ${t(title)}.`,
        (t) => `The choice ${t(option.title)} is removed from ${t(title)}.`,
      ),
    );
  for (const recode of field.optionsRecoded)
    notes.push(
      note(
        (t) =>
          `Svarmuligheden ${t(recode.title)} i ${t(title)} har fået en ny kode (${recode.from} → ${recode.to}).`,
        (t) => `The choice ${t(recode.title)} in ${t(title)} has a new code (${recode.from} → ${recode.to}).`,
      ),
    );
  if (hasChange(field.changes, 'optionLabels'))
    notes.push(
      note(
        (t) => `Svarmulighederne i ${t(title)} har fået ny tekst.`,
        (t) => `The choices in ${t(title)} have new wording.`,
      ),
    );
  return notes;
}
