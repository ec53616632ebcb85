import type { Library } from '../definitions/createLibrary';
import type { JsonSchema, LocalizedText } from '../definitions/types';
import { listFieldPaths } from '../forms/listFieldPaths';
import type { KpiDefinition } from './types';

/**
 * The KPI with the names of its own breakdowns' groups: a breakdown by a choice field (a survey round, a
 * delivery) groups by the stored codes (`september2020`), which the dashboard and the exports show as the
 * form names them ("5. september 2020" / "5 September 2020"). Read from the newest version of the unit's
 * form the KPI draws on; a code no version names keeps its code.
 */
export function toBreakdownOptions(kpi: KpiDefinition, library: Library): KpiDefinition {
  if (!kpi.breakdowns) return kpi;
  const formIds = [kpi.population.record?.form, ...(kpi.population.forms ?? []).map((f) => f.form)];
  const forms = formIds.flatMap((id) => {
    const version = id ? Math.max(...(kpi.draws.forms[id] ?? [])) : -Infinity;
    const form = id && Number.isFinite(version) ? library.getForm(id, version)?.definition : undefined;
    return form ? [form] : [];
  });
  const breakdowns: NonNullable<KpiDefinition['breakdowns']> = {};
  for (const [key, breakdown] of Object.entries(kpi.breakdowns)) {
    const options: Record<string, LocalizedText> = {};
    for (const form of forms) {
      const field = listFieldPaths(form.schema).find((f) => f.path === breakdown.field)?.schema;
      const english = form.translations?.en?.[breakdown.field]?.options ?? {};
      for (const [code, danish] of Object.entries(toChoiceTitles(field))) {
        options[code] ??= { da: danish, en: english[code] ?? danish };
      }
    }
    breakdowns[key] = Object.keys(options).length > 0 ? { ...breakdown, options } : breakdown;
  }
  return { ...kpi, breakdowns };
}

/** A choice field's codes and titles (`oneOf`/`anyOf` of constants). */
function toChoiceTitles(field: JsonSchema | undefined): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = field?.[key];
    if (!Array.isArray(options)) continue;
    for (const option of options as JsonSchema[]) {
      if ('const' in option && typeof option.title === 'string') titles[String(option.const)] = option.title;
    }
  }
  return titles;
}
