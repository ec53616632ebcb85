import {
  createFactIndex,
  evaluateKpi,
  evaluatePrePost,
  listKpiPathways,
  type DrillPart,
  type FactIndex,
  type GroupBy,
  type KpiDefinition,
  type KpiResult,
  type PrePostResult,
  type RecordFact,
  type ReportFilter,
  listReadWorkflows,
  toReportFields,
} from '../../runtime/reporting';
import type { StorageAdapter } from '../storage/types';
import type { KpiCatalogue } from './loadKpiCatalogue';

export interface DashboardQuery extends ReportFilter {
  programme?: string;
  subIntervention?: string;
}

export interface DashboardEntry {
  kpi: KpiDefinition;
  result?: KpiResult;
  prePost?: PrePostResult;
}

export interface DrillRow {
  familyId: string;
  familyName: string;
  pathwayId: string;
  workflowVersion: number;
  date: string;
  team: string;
  district?: string;
}

/** The reporting use cases: read the rows once per request, evaluate the chosen KPIs over them. */
export function createReportService(storage: StorageAdapter, kpis: KpiCatalogue) {
  const choose = (query: DashboardQuery) =>
    kpis
      .list()
      .filter(
        (k) =>
          (query.programme === undefined || k.programme === query.programme) &&
          (query.subIntervention === undefined || k.subIntervention === query.subIntervention),
      );
  const indexFor = async (chosen: KpiDefinition[]): Promise<FactIndex> => {
    const workflowIds = [...new Set(chosen.flatMap(listReadWorkflows))];
    const recordForms = [
      ...new Set(chosen.flatMap((k) => (k.population.record ? [k.population.record.form] : []))),
    ];
    // Organisation records come through the same storage port as the rest (both adapters implement it).
    const [facts, records] = await Promise.all([
      workflowIds.length > 0
        ? storage.listReportFacts({ workflowIds, fields: toReportFields(chosen) })
        : { pathways: [], submissions: [] },
      Promise.all(recordForms.map((formId) => storage.listOrganisationRecords({ formId }))),
    ]);
    return createFactIndex({
      ...facts,
      // Who submitted a record is no report fact.
      records: records.flat().map(({ submittedBy: _, ...fact }): RecordFact => fact),
    });
  };
  const evaluate = (kpi: KpiDefinition, index: FactIndex, filter: ReportFilter): DashboardEntry =>
    kpi.measure === 'prepost'
      ? { kpi, prePost: evaluatePrePost(kpi, index, filter) }
      : { kpi, result: evaluateKpi(kpi, index, filter, { denominator: kpis.denominatorOf(kpi.id) }) };

  return {
    catalogue: () => ({ programmes: kpis.programmes, kpis: kpis.list() }),
    getKpi: (id: string) => kpis.get(id),

    async dashboard(query: DashboardQuery): Promise<DashboardEntry[]> {
      const chosen = choose(query);
      if (chosen.length === 0) return [];
      const index = await indexFor(chosen);
      return chosen.map((kpi) => evaluate(kpi, index, query));
    },

    async evaluate(kpi: KpiDefinition, filter: ReportFilter): Promise<DashboardEntry> {
      return evaluate(kpi, await indexFor([kpi]), filter);
    },

    /** The families behind one number. */
    async drillDown(
      kpi: KpiDefinition,
      filter: ReportFilter,
      part: DrillPart,
      group?: { by: GroupBy; key: string },
    ): Promise<DrillRow[]> {
      // Organisation records belong to no family: nothing to list. A pathway with several counted
      // submissions (a submission unit) is listed once, at its first date.
      const seen = new Set<string>();
      const items = listKpiPathways(kpi, await indexFor([kpi]), filter, part, group)
        .sort((a, b) => a.date.localeCompare(b.date))
        .filter((i) => i.pathway.familyId !== '' && !seen.has(i.pathway.id) && seen.add(i.pathway.id));
      const ids = [...new Set(items.map((i) => i.pathway.familyId))];
      const names = new Map(
        (ids.length > 0 ? await storage.listFamilies({ ids }) : []).map((f) => [f.id, f.name]),
      );
      return items
        .map(({ pathway, date }) => ({
          familyId: pathway.familyId,
          familyName: names.get(pathway.familyId) ?? '',
          pathwayId: pathway.id,
          workflowVersion: pathway.workflowVersion,
          date,
          team: pathway.team,
          ...(pathway.district ? { district: pathway.district } : {}),
        }))
        .sort((a, b) => a.date.localeCompare(b.date) || a.familyName.localeCompare(b.familyName, 'da'));
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
