import { LEVEL_SOURCE } from './createLevelIndex';
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
    else if ('later' in condition)
      add(condition.later.form, condition.later.field, ...Object.keys(condition.later.where ?? {}));
    else if ('not' in condition) walk(condition.not);
    else if ('anyOf' in condition) condition.anyOf.forEach(walk);
  };
  for (const kpi of kpis) {
    kpi.population.require?.forEach(walk);
    kpi.numerator?.require.forEach(walk);
    for (const category of Object.values(kpi.categories ?? {})) category.require.forEach(walk);
    const { date, forms = [], record } = kpi.population;
    const dateFields =
      date.field === undefined ? [] : typeof date.field === 'string' ? [date.field] : date.field;
    if (date.form) add(date.form, ...dateFields);
    // A submission unit reads its own date, sum and breakdown fields (a field the form lacks reads nothing).
    const unitFields = [
      ...dateFields,
      ...(kpi.sum ? [kpi.sum.field] : []),
      ...Object.values(kpi.breakdowns ?? {}).map((b) => b.field),
    ];
    for (const unit of forms) add(unit.form, ...Object.keys(unit.where ?? {}), ...unitFields);
    if (record) add(record.form, ...unitFields);
    if (kpi.level) {
      add(LEVEL_SOURCE.form, LEVEL_SOURCE.field, LEVEL_SOURCE.date);
      for (const [form, field] of Object.entries(kpi.level.own ?? {})) add(form, field);
    }
    if (kpi.perPathway) add(kpi.perPathway.form);
    if (kpi.prePost)
      add(kpi.prePost.form, kpi.prePost.timepointField, ...kpi.prePost.measures.map((m) => m.field));
  }
  return Object.fromEntries([...fields].map(([form, set]) => [form, [...set].sort()]));
}
