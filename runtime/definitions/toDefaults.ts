import type { ParameterDefinition } from './types';

export function toDefaults(
  parameters: Record<string, ParameterDefinition> | undefined,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(parameters ?? {})) values[name] = parameter.default;
  return values;
}
