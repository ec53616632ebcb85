import type { AnyMachineSnapshot } from 'xstate';
import {
  getDue,
  getStateConfig,
  toActivePaths,
  toLeafPaths,
  type CompiledWorkflow,
  type DueItem,
  type LocalizedText,
  type PathwayContext,
  type PathwaySnapshot,
  type StateValue,
} from '../../runtime';

export type MigrationOutcome =
  | { ok: true; from: string[]; to: string[]; snapshot: PathwaySnapshot; due: DueItem[] }
  | { ok: false; from: string[]; reason: LocalizedText };

export interface MigrationMaps {
  /** Old leaf state path → new leaf state path; a path left out keeps its name if the new version has it. */
  stateMap: Record<string, string>;
  /** Form id → old field → new field: renames what guards read in `answers`. */
  fieldMap: Record<string, Record<string, string>>;
}

/**
 * Where an instance lands on the new workflow version: its active leaf states mapped, the XState snapshot
 * rebuilt for the new machine (resolved by the machine itself, so a parallel state gets all its regions),
 * progress kept for states that carry over (due dates anchored on state entry stay put), answers renamed
 * by the field map. Pure: nothing is written; `now` is the time of the migration.
 */
export function toMigratedSnapshot(
  to: CompiledWorkflow,
  snapshot: PathwaySnapshot,
  maps: MigrationMaps,
  now: Date,
): MigrationOutcome {
  const from = toLeafPaths(snapshot.value);
  const targets: string[] = [];
  for (const leaf of from) {
    const target = maps.stateMap[leaf] ?? leaf;
    const state = getStateConfig(to.definition.machine, target);
    if (!state)
      return {
        ok: false,
        from,
        reason: maps.stateMap[leaf]
          ? {
              da: `Målet ${target} findes ikke i den nye version.`,
              en: `The target ${target} does not exist in the new version.`,
            }
          : {
              da: `Trinnet ${leaf} findes ikke i den nye version og er ikke kortlagt.`,
              en: `The step ${leaf} does not exist in the new version and is not mapped.`,
            },
      };
    if (state.states && Object.keys(state.states).length > 0)
      return {
        ok: false,
        from,
        reason: {
          da: `Målet ${target} er ikke et enkelt trin.`,
          en: `The target ${target} is not a single step.`,
        },
      };
    targets.push(target);
  }
  const clock = now.toISOString();
  const old = snapshot.context;
  const context: PathwayContext = {
    ...old,
    params: { ...to.defaultParams, ...old.params },
    answers: renameAnswers(old.answers, maps.fieldMap),
    progress: {},
    clock,
  };
  let value: StateValue;
  try {
    const resolved = to.machine.resolveState({ value: toStateValue(targets), context }) as AnyMachineSnapshot;
    value = resolved.value as StateValue;
  } catch (error) {
    return {
      ok: false,
      from,
      reason: {
        da: `Trinnene ${targets.join(', ')} kan ikke være aktive samtidig: ${(error as Error).message}`,
        en: `The steps ${targets.join(', ')} cannot be active together: ${(error as Error).message}`,
      },
    };
  }
  // A state that carries over keeps when it was entered and what was filled in there (if it still asks for it).
  const origin = new Map(from.map((leaf, index) => [targets[index], leaf]));
  for (const path of toActivePaths(value)) {
    const before = old.progress[origin.get(path) ?? path];
    const asks = new Set((to.stateForms[path] ?? []).map((ref) => ref.id));
    context.progress[path] = before
      ? {
          enteredAt: before.enteredAt,
          submitted: Object.fromEntries(
            Object.entries(before.submitted).filter(([formId]) => asks.has(formId)),
          ),
        }
      : { enteredAt: clock, submitted: {} };
  }
  const next: PathwaySnapshot = { status: 'active', value, context };
  return { ok: true, from, to: toLeafPaths(value), snapshot: next, due: getDue(to, next) };
}

/** `['a.b.c', 'a.d']` → `{ a: { b: 'c', d: {} } }`-style nesting, the shape XState resolves. */
function toStateValue(leaves: string[]): StateValue {
  if (leaves.length === 1 && !leaves[0]?.includes('.')) return leaves[0] ?? '';
  const root: Record<string, unknown> = {};
  for (const leaf of leaves) {
    const parts = leaf.split('.');
    let node = root;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        node[part] = {};
        return;
      }
      node[part] = node[part] ?? {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return collapse(root) as StateValue;
}

/** Leaves written as `{}` become the parent's string value where a parent has exactly one child leaf. */
function collapse(node: Record<string, unknown>): unknown {
  const entries = Object.entries(node);
  if (entries.length === 1) {
    const [key, child] = entries[0] as [string, Record<string, unknown>];
    if (Object.keys(child).length === 0) return key;
  }
  return Object.fromEntries(
    entries.map(([key, child]) => {
      const inner = child as Record<string, unknown>;
      return [key, Object.keys(inner).length === 0 ? {} : collapse(inner)];
    }),
  );
}

function renameAnswers(
  answers: PathwayContext['answers'],
  fieldMap: MigrationMaps['fieldMap'],
): PathwayContext['answers'] {
  const renamed: PathwayContext['answers'] = { ...answers };
  for (const [formId, fields] of Object.entries(fieldMap)) {
    const data = answers[formId];
    if (!data) continue;
    const next: Record<string, unknown> = { ...data };
    for (const [oldField, newField] of Object.entries(fields)) {
      if (!(oldField in data)) continue;
      delete next[oldField];
      if (newField) next[newField] = data[oldField];
    }
    renamed[formId] = next;
  }
  return renamed;
}
