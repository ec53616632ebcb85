import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_PROFILE, type ParameterProfile } from '../definitions/loadParameterProfile';
import { DefinitionError, type DefinitionIssue, type Library, type LocalizedText } from '../../runtime';
import {
  checkKpi,
  checkKpiMetaSchema,
  resolveKpiDenominator,
  toBreakdownOptions,
  type KpiDefinition,
} from '../../runtime/reporting';

export interface ProgrammeInfo {
  title: LocalizedText;
  subInterventions: Record<string, LocalizedText>;
}

export interface KpiCatalogue {
  list(): KpiDefinition[];
  get(id: string): KpiDefinition | undefined;
  /** The fixed denominator of a KPI with `denominator.parameter`, resolved from the library. */
  denominatorOf(id: string): number | undefined;
  programmes: Record<string, ProgrammeInfo>;
}

/** KPI definitions from their JSON content, checked against the meta-schema and the library; every problem named. */
export function createKpiCatalogue(
  sources: { source: string; content: unknown }[],
  library: Library,
  programmes: Record<string, ProgrammeInfo> = {},
  profile: ParameterProfile = EMPTY_PROFILE,
): KpiCatalogue {
  const issues: DefinitionIssue[] = [];
  const kpis: KpiDefinition[] = [];
  const seen = new Set<string>();
  for (const { source, content } of sources) {
    const metaIssues = checkKpiMetaSchema(content, source);
    if (metaIssues.length > 0) {
      issues.push(...metaIssues);
      continue;
    }
    const kpi = content as KpiDefinition;
    if (seen.has(kpi.id)) issues.push({ source, path: '/id', message: `KPI ${kpi.id} is defined twice` });
    seen.add(kpi.id);
    const kpiIssues = checkKpi(kpi, library, source);
    const programme = programmes[kpi.programme];
    if (!programme)
      kpiIssues.push({
        source,
        path: '/programme',
        message: `programme '${kpi.programme}' is not in kpis/programmes.json`,
      });
    else if (kpi.subIntervention && !programme.subInterventions[kpi.subIntervention])
      kpiIssues.push({
        source,
        path: '/subIntervention',
        message: `sub-intervention '${kpi.subIntervention}' is not in kpis/programmes.json under ${kpi.programme}`,
      });
    issues.push(...kpiIssues);
    if (kpiIssues.length === 0) kpis.push(toBreakdownOptions(kpi, library));
  }
  if (issues.length > 0) throw new DefinitionError(issues);
  kpis.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const byId = new Map(kpis.map((k) => [k.id, k]));
  const denominators = new Map(kpis.map((k) => [k.id, resolveKpiDenominator(k, library, profile.forms)]));
  return {
    list: () => kpis,
    get: (id) => byId.get(id),
    denominatorOf: (id) => denominators.get(id),
    programmes,
  };
}

/**
 * Reads `definitions/kpis/K*.json` (at start-up: a broken KPI stops the server, like a broken form). A fixed
 * denominator from a form parameter takes the municipality's value from its parameter profile, if it has one.
 */
export function loadKpiCatalogue(
  definitionsDir: string,
  library: Library,
  profile: ParameterProfile = EMPTY_PROFILE,
): KpiCatalogue {
  const dir = join(definitionsDir, 'kpis');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => /^K\d.*\.json$/.test(n));
  } catch {
    return createKpiCatalogue([], library);
  }
  const programmes = (
    JSON.parse(readFileSync(join(dir, 'programmes.json'), 'utf8')) as {
      programmes: Record<string, ProgrammeInfo>;
    }
  ).programmes;
  const sources: { source: string; content: unknown }[] = [];
  const issues: DefinitionIssue[] = [];
  for (const name of names.sort()) {
    const source = `kpis/${name}`;
    try {
      sources.push({ source, content: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown });
    } catch (error) {
      issues.push({ source, path: '', message: `cannot be read as JSON: ${(error as Error).message}` });
    }
  }
  if (issues.length > 0) throw new DefinitionError(issues);
  return createKpiCatalogue(sources, library, programmes, profile);
}
