import type { MachineConfig, StateConfig } from '../definitions/types';

export type StateValue = string | { [key: string]: StateValue };

// These run several times in every step, so they collect into one array instead of building one per level.

/** Every active state as a dotted path (`course`, `course.visits`, `course.visits.visit3m`), parents first. */
export function toActivePaths(value: StateValue, prefix = ''): string[] {
  const paths: string[] = [];
  collectPaths(value, prefix, paths, true);
  return paths;
}

/** The innermost active states: what the worker is "at". */
export function toLeafPaths(value: StateValue, prefix = ''): string[] {
  const paths: string[] = [];
  collectPaths(value, prefix, paths, false);
  return paths;
}

function collectPaths(value: StateValue, prefix: string, paths: string[], withParents: boolean): void {
  if (typeof value === 'string') {
    paths.push(prefix ? `${prefix}.${value}` : value);
    return;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (withParents) paths.push(path);
    collectPaths(value[key]!, path, paths, withParents);
  }
}

/** Looks a state up by dotted path. */
export function getStateConfig(machine: MachineConfig, path: string): StateConfig | undefined {
  let states: Record<string, StateConfig> | undefined = machine.states;
  let found: StateConfig | undefined;
  let start = 0;
  while (start <= path.length) {
    const dot = path.indexOf('.', start);
    const part = path.slice(start, dot === -1 ? path.length : dot);
    found = states && Object.hasOwn(states, part) ? states[part] : undefined;
    if (!found) return undefined;
    states = found.states;
    if (dot === -1) break;
    start = dot + 1;
  }
  return found;
}

/** Every state of a machine with its dotted path, depth first. */
export function listStates(machine: MachineConfig): { path: string; state: StateConfig }[] {
  const result: { path: string; state: StateConfig }[] = [];
  const walk = (states: Record<string, StateConfig> | undefined, prefix: string) => {
    for (const [name, state] of Object.entries(states ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      result.push({ path, state });
      walk(state.states, path);
    }
  };
  walk(machine.states, '');
  return result;
}
