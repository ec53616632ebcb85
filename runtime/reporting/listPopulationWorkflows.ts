import type { Condition, KpiDefinition } from './types';
import { LEVEL_SOURCE } from './createLevelIndex';

/** The workflows whose pathways make a KPI's population (none for organisation records). */
export function listPopulationWorkflows(kpi: KpiDefinition): string[] {
  const { workflow, workflows = [] } = kpi.population;
  return [...new Set([...(workflow ? [workflow] : []), ...workflows])];
}

/** Every workflow whose rows a KPI reads: its population, the `later` look-ups and the level join. */
export function listReadWorkflows(kpi: KpiDefinition): string[] {
  const read = new Set(listPopulationWorkflows(kpi));
  const walk = (c: Condition): void => {
    if ('later' in c) read.add(c.later.workflow);
    else if ('not' in c) walk(c.not);
    else if ('anyOf' in c) c.anyOf.forEach(walk);
  };
  kpi.population.require?.forEach(walk);
  kpi.numerator?.require.forEach(walk);
  for (const category of Object.values(kpi.categories ?? {})) category.require.forEach(walk);
  if (kpi.level) read.add(LEVEL_SOURCE.workflow);
  return [...read];
}
