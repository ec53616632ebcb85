import type { FormDefinition } from '../types';
import { pairByKey, toPropertyChanges } from './compareValues';
import { diffParameters } from './diffParameters';
import { toFieldSnapshots } from './toFieldSnapshots';
import type { ChoiceOption, FieldChange, FieldSnapshot, FormDiff } from './types';

const FIELD_PROPERTIES = ['title', 'type', 'format', 'required', 'limits', 'visibility', 'expr'] as const;

/** What changed from form version `a` to form version `b`: fields, choices, logic, computed fields, parameters. */
export function diffForm(a: FormDefinition, b: FormDefinition): FormDiff {
  const fields = pairByKey(toFieldSnapshots(a), toFieldSnapshots(b), (field) => field.path).flatMap(
    ({ key, before, after }) => toFieldChange(key, before, after),
  );
  return {
    kind: 'form',
    id: b.id,
    title: b.title,
    fromVersion: a.version,
    toVersion: b.version,
    meta: toPropertyChanges(a, b, ['title', 'description', 'subject']),
    parameters: diffParameters(a.parameters, b.parameters),
    fields,
  };
}

function toFieldChange(path: string, before?: FieldSnapshot, after?: FieldSnapshot): FieldChange[] {
  const empty = { changes: [], optionsAdded: [], optionsRemoved: [], optionsRecoded: [] };
  if (!before) return [{ path, change: 'added', after, ...empty }];
  if (!after) return [{ path, change: 'removed', before, ...empty }];
  const changes = toPropertyChanges(before, after, FIELD_PROPERTIES);
  const oldCodes = new Map(before.options.map((option) => [option.code, option]));
  const newCodes = new Map(after.options.map((option) => [option.code, option]));
  const added = after.options.filter((option) => !oldCodes.has(option.code));
  const removed = before.options.filter((option) => !newCodes.has(option.code));
  // A code that disappears while a new code carries the same label is the same answer under a new code:
  // stored answers with the old code no longer match any choice.
  const recoded = removed.flatMap((option) => {
    const successor = added.find((candidate) => candidate.title.da === option.title.da);
    return successor ? [{ from: option.code, to: successor.code, title: option.title }] : [];
  });
  const relabelled = after.options.filter((option) => {
    const old = oldCodes.get(option.code);
    return old && (old.title.da !== option.title.da || old.title.en !== option.title.en);
  });
  if (relabelled.length > 0)
    changes.push({
      property: 'optionLabels',
      before: relabelled.map((option) => oldCodes.get(option.code) as ChoiceOption),
      after: relabelled,
    });
  if (changes.length === 0 && added.length === 0 && removed.length === 0) return [];
  return [
    {
      path,
      change: 'changed',
      before,
      after,
      changes,
      optionsAdded: added,
      optionsRemoved: removed,
      optionsRecoded: recoded,
    },
  ];
}
