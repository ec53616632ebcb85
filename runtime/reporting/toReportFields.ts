import type { Condition, KpiDefinition } from './types';

/** Form id → the fields the KPIs read (dotted paths, `=name` for computed): what the store must return. */
export function toReportFields(kpis: readonly KpiDefinition[]): Record<string, string[]> {
  const fields = new Map<string, Set<string>>();
  const add = (form: string, ...paths: string[]) => {
    const set = fields.get(form) ?? new Set<string>();
    for (const p of paths) set.add(p);
    fields.set(form, set);
  };
  const walk = (condition: Condition): void => {
    if ('submission' in condition)
      add(condition.submission.form, ...Object.keys(condition.submission.where ?? {}));
    else if ('not' in condition) walk(condition.not);
    else if ('anyOf' in condition) condition.anyOf.forEach(walk);
  };
  for (const kpi of kpis) {
    kpi.population.require?.forEach(walk);
    kpi.numerator?.require.forEach(walk);
    for (const category of Object.values(kpi.categories ?? {})) category.require.forEach(walk);
    const { date } = kpi.population;
    if (date.form) add(date.form, ...(date.field ? [date.field] : []));
    if (kpi.perPathway) add(kpi.perPathway.form);
    if (kpi.prePost)
      add(kpi.prePost.form, kpi.prePost.timepointField, ...kpi.prePost.measures.map((m) => m.field));
  }
  return Object.fromEntries([...fields].map(([form, set]) => [form, [...set].sort()]));
}
