import type { LocalizedText } from '../types';
import { hasChange, note, toMetaNotes, toParameterNotes, upperFirst } from './noteWords';
import type { StateChange, TransitionChange, TransitionSnapshot, WorkflowDiff } from './types';

/** Release notes of a workflow diff: new and removed steps, where families now go, and when. */
export function toWorkflowNotes(diff: WorkflowDiff): LocalizedText[] {
  return [
    ...toMetaNotes(diff.meta),
    ...diff.transitions.filter((change) => change.change === 'added').map(toAddedTransitionNote),
    ...diff.states.flatMap((change) => toStateNotes(change, diff.formTitles)),
    ...diff.transitions.filter((change) => change.change !== 'added').flatMap(toTransitionNotes),
    ...toParameterNotes(diff.parameters),
    ...diff.forms.map((form) => {
      if (form.before === undefined)
        return note(
          (t) => `Forløbet bruger nu skemaet ${t(form.title)} (version ${form.after}).`,
          (t) => `The pathway now uses the form ${t(form.title)} (version ${form.after}).`,
        );
      if (form.after === undefined)
        return note(
          (t) => `Forløbet bruger ikke længere skemaet ${t(form.title)}.`,
          (t) => `The pathway no longer uses the form ${t(form.title)}.`,
        );
      return note(
        (t) =>
          `Forløbet bruger nu version ${form.after} af skemaet ${t(form.title)} (før version ${form.before}).`,
        (t) =>
          `The pathway now uses version ${form.after} of the form ${t(form.title)} (was version ${form.before}).`,
      );
    }),
  ];
}

function fromText(transition: TransitionSnapshot): LocalizedText {
  return transition.source
    ? { da: ` (fra "${transition.sourceTitle.da}")`, en: ` (from "${transition.sourceTitle.en}")` }
    : { da: ' (fra hele forløbet)', en: ' (from anywhere in the pathway)' };
}

function toAddedTransitionNote(change: TransitionChange): LocalizedText {
  const transition = change.after as TransitionSnapshot;
  const from = fromText(transition);
  if (transition.target === undefined)
    return {
      da: `Ny handling ${transition.eventTitle.da}${from.da}.`,
      en: `New action ${transition.eventTitle.en}${from.en}.`,
    };
  if (transition.guardText)
    return note(
      (t) =>
        `${upperFirst(transition.guardText?.da ?? '')} fører nu til ${t(transition.targetTitle)}${from.da}.`,
      (t) =>
        `${upperFirst(transition.guardText?.en ?? '')} now leads to ${t(transition.targetTitle)}${from.en}.`,
    );
  return note(
    (t) =>
      `${t(transition.sourceTitle)} fører nu til ${t(transition.targetTitle)} (${transition.eventTitle.da}).`,
    (t) =>
      `${t(transition.sourceTitle)} now leads to ${t(transition.targetTitle)} (${transition.eventTitle.en}).`,
  );
}

function toTransitionNotes(change: TransitionChange): LocalizedText[] {
  const transition = (change.after ?? change.before) as TransitionSnapshot;
  const target = transition.targetTitle;
  const edge = {
    da: target ? `fra "${transition.sourceTitle.da}" til "${target.da}"` : `i "${transition.sourceTitle.da}"`,
    en: target
      ? `from "${transition.sourceTitle.en}" to "${target.en}"`
      : `in "${transition.sourceTitle.en}"`,
  };
  if (change.change === 'removed') {
    const when = transition.guardText
      ? { da: ` når ${transition.guardText.da}`, en: ` when ${transition.guardText.en}` }
      : { da: '', en: '' };
    return [
      {
        da: `Overgangen ${edge.da}${when.da} er fjernet.`,
        en: `The transition ${edge.en}${when.en} is removed.`,
      },
    ];
  }
  const notes: LocalizedText[] = [];
  if (hasChange(change.changes, 'guard')) {
    const guardText = change.after?.guardText;
    notes.push(
      guardText
        ? {
            da: `Betingelsen for overgangen ${edge.da} er ændret: nu når ${guardText.da}.`,
            en: `The condition of the transition ${edge.en} changed: now when ${guardText.en}.`,
          }
        : {
            da: `Overgangen ${edge.da} har ikke længere en betingelse.`,
            en: `The transition ${edge.en} no longer has a condition.`,
          },
    );
  }
  if (hasChange(change.changes, 'actions'))
    notes.push({
      da: `Handlingerne ved overgangen ${edge.da} er ændret.`,
      en: `The actions of the transition ${edge.en} changed.`,
    });
  return notes;
}

function toStateNotes(change: StateChange, formTitles: Record<string, LocalizedText>): LocalizedText[] {
  const title = (change.after ?? change.before)?.title;
  const names = (ids: string[], language: 'da' | 'en') =>
    ids.map((id) => `"${formTitles[id]?.[language] ?? id}"`).join(', ');
  if (change.change === 'added') {
    const forms = change.after?.forms ?? [];
    return [
      note(
        (t) =>
          `Nyt trin ${t(title)}${forms.length > 0 ? ` med ${forms.length > 1 ? 'skemaerne' : 'skemaet'} ${names(forms, 'da')}` : ''}.`,
        (t) =>
          `New step ${t(title)}${forms.length > 0 ? ` with ${forms.length > 1 ? 'the forms' : 'the form'} ${names(forms, 'en')}` : ''}.`,
      ),
    ];
  }
  if (change.change === 'removed')
    return [
      note(
        (t) => `Trinnet ${t(title)} er fjernet.`,
        (t) => `The step ${t(title)} is removed.`,
      ),
    ];
  const notes: LocalizedText[] = [];
  if (hasChange(change.changes, 'title'))
    notes.push(
      note(
        (t) => `Trinnet ${t(change.before?.title)} hedder nu ${t(change.after?.title)}.`,
        (t) => `The step ${t(change.before?.title)} is now called ${t(change.after?.title)}.`,
      ),
    );
  if (hasChange(change.changes, 'forms')) {
    const before = new Set(change.before?.forms ?? []);
    const after = new Set(change.after?.forms ?? []);
    const added = [...after].filter((form) => !before.has(form));
    const removed = [...before].filter((form) => !after.has(form));
    if (added.length > 0)
      notes.push(
        note(
          (t) => `Trinnet ${t(title)} beder nu også om ${names(added, 'da')}.`,
          (t) => `The step ${t(title)} now also asks for ${names(added, 'en')}.`,
        ),
      );
    if (removed.length > 0)
      notes.push(
        note(
          (t) => `Trinnet ${t(title)} beder ikke længere om ${names(removed, 'da')}.`,
          (t) => `The step ${t(title)} no longer asks for ${names(removed, 'en')}.`,
        ),
      );
  }
  if (hasChange(change.changes, 'due'))
    notes.push(
      note(
        (t) => `Hvornår ${t(title)} forfalder, er ændret.`,
        (t) => `When ${t(title)} is due has changed.`,
      ),
    );
  if (hasChange(change.changes, 'roles'))
    notes.push(
      note(
        (t) => `Hvem der arbejder med ${t(title)}, er ændret.`,
        (t) => `Who works ${t(title)} has changed.`,
      ),
    );
  if (hasChange(change.changes, 'entry') || hasChange(change.changes, 'exit'))
    notes.push(
      note(
        (t) => `Handlingerne i ${t(title)} er ændret.`,
        (t) => `The actions of ${t(title)} changed.`,
      ),
    );
  if (hasChange(change.changes, 'type'))
    notes.push(
      note(
        (t) => `Trinnet ${t(title)} er bygget om.`,
        (t) => `The step ${t(title)} was restructured.`,
      ),
    );
  return notes;
}
