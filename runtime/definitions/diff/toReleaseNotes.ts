import type { Language } from '../../i18n/text';
import type { LocalizedText } from '../types';
import { toFormNotes } from './toFormNotes';
import { toWorkflowNotes } from './toWorkflowNotes';
import type { DefinitionDiff } from './types';

/**
 * The diff as plain sentences a health visitor understands, naming things by their titles, not their ids:
 * "EPDS over cut-off (positiv opsporing) fører nu til "Behovsbesøg" (fra "Hjemmebesøg ved barnets 3. mdr.")."
 */
export function toReleaseNotes(diff: DefinitionDiff, language: Language): string[] {
  const notes: LocalizedText[] = diff.kind === 'form' ? toFormNotes(diff) : toWorkflowNotes(diff);
  return notes.map((note) => note[language]);
}
