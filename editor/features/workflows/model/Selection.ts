import type { TransitionRef } from '../../../../runtime/workflow/toGraph';

/** What the designer has selected: one state (by path) or one transition (by where it is). */
export type Selection = { kind: 'state'; path: string } | { kind: 'transition'; ref: TransitionRef };

export const isSameRef = (a: TransitionRef, b: TransitionRef): boolean =>
  a.source === b.source && a.kind === b.kind && a.event === b.event && a.index === b.index;

/**
 * The state or transition a definition issue's JSON pointer is about
 * (`/machine/states/a/states/b/on/DONE/0/target` → the first DONE transition of `a.b`).
 */
export function toSelectionFromPointer(pointer: string): Selection | undefined {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] !== 'machine') return undefined;
  const names: string[] = [];
  let i = 1;
  while (parts[i] === 'states' && parts[i + 1] !== undefined) {
    names.push(parts[i + 1]!);
    i += 2;
  }
  const source = names.join('.');
  const kind = parts[i];
  if (kind === 'on' && parts[i + 1] !== undefined) {
    const index = Number(parts[i + 2]);
    return {
      kind: 'transition',
      ref: { source, kind: 'on', event: parts[i + 1]!, index: Number.isInteger(index) ? index : 0 },
    };
  }
  if ((kind === 'always' || kind === 'onDone') && source) {
    const index = Number(parts[i + 1]);
    return {
      kind: 'transition',
      ref: { source, kind, event: '', index: Number.isInteger(index) ? index : 0 },
    };
  }
  return source ? { kind: 'state', path: source } : undefined;
}

/** A key that is equal for equal selections, for memo dependencies and comparisons. */
export function toSelectionKey(selection: Selection | undefined): string {
  if (!selection) return '';
  if (selection.kind === 'state') return `state:${selection.path}`;
  const { source, kind, event, index } = selection.ref;
  return `transition:${source}|${kind}|${event}|${index}`;
}
