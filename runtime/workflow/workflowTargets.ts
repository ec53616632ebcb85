import type { MachineConfig } from '../definitions/types';
import { getStateConfig } from './statePaths';

/** The machine id toMachine gives every workflow: absolute targets are written `#pathway.a.b`. */
export const MACHINE_ID = 'pathway';

const parentOf = (path: string): string => path.split('.').slice(0, -1).join('.');

/**
 * The absolute path of a transition target, resolved as XState resolves it: `name` (or `name.child`) is
 * relative to the source's parent (to the machine, for the machine's own transitions), `.name` to the source,
 * `#pathway.a.b` absolute. Undefined when no such state exists.
 */
export function resolveTarget(machine: MachineConfig, source: string, target: string): string | undefined {
  let path: string;
  if (target.startsWith('#')) path = target.replace(new RegExp(`^#${MACHINE_ID}\\.?`), '');
  else if (target.startsWith('.')) path = source ? `${source}${target}` : target.slice(1);
  else {
    const parent = parentOf(source);
    path = parent ? `${parent}.${target}` : target;
  }
  return path !== '' && getStateConfig(machine, path) ? path : undefined;
}

/** The shortest target string from `source` to the absolute path `target` (sibling, child or absolute). */
export function toTarget(source: string, target: string): string {
  const parent = parentOf(target);
  const name = target.split('.').at(-1) ?? target;
  if (source === '') return parent === '' ? `.${name}` : `#${MACHINE_ID}.${target}`;
  if (parent === parentOf(source)) return name;
  if (parent === source) return `.${name}`;
  return `#${MACHINE_ID}.${target}`;
}
