import type { MachineConfig, StateConfig } from '../definitions/types';

export type StateValue = string | { [key: string]: StateValue };

/** Every active state as a dotted path (`course`, `course.visits`, `course.visits.visit3m`), parents first. */
export function toActivePaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix ? `${prefix}.${value}` : value];
  const paths: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    paths.push(path, ...toActivePaths(child, path));
  }
  return paths;
}

/** The innermost active states: what the worker is "at". */
export function toLeafPaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix ? `${prefix}.${value}` : value];
  return Object.entries(value).flatMap(([key, child]) =>
    toLeafPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

/** Looks a state up by dotted path. */
export function getStateConfig(machine: MachineConfig, path: string): StateConfig | undefined {
  let states: Record<string, StateConfig> | undefined = machine.states;
  let found: StateConfig | undefined;
  for (const part of path.split('.')) {
    found = states && Object.hasOwn(states, part) ? states[part] : undefined;
    if (!found) return undefined;
    states = found.states;
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
