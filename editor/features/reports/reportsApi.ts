import { request } from '../../api/client';
import type { KpiDefinition, KpiResult } from '../../../runtime/reporting';
import type { PrePostResult } from '../../../runtime/reporting/evaluatePrePost';
import type { LocalizedText } from '../../../runtime/i18n/text';

export interface ReportCatalogue {
  programmes: Record<string, { title: LocalizedText; subInterventions: Record<string, LocalizedText> }>;
  kpis: KpiDefinition[];
}

export interface DashboardEntry {
  kpiId: string;
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

export interface ReportQuery {
  programme: string;
  subIntervention: string;
  from: string;
  to: string;
  district: string;
  team: string;
  version: string;
  exclude: { from: string; to: string }[];
}

/** The query string of a report request: empty choices are left out. */
export function toQueryString(query: ReportQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ['programme', 'subIntervention', 'from', 'to', 'district', 'team', 'version'] as const)
    if (query[key]) params.set(key, query[key]);
  if (query.exclude.length > 0)
    params.set('exclude', query.exclude.map((w) => `${w.from}..${w.to}`).join(','));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

export const reportsApi = {
  catalogue: () => request<ReportCatalogue>('GET', '/api/reports/catalogue'),
  dashboard: (query: ReportQuery) =>
    request<DashboardEntry[]>('GET', `/api/reports/dashboard?${toQueryString(query)}`),
  families: (kpiId: string, query: ReportQuery, part: string, group?: { by: string; key: string }) =>
    request<DrillRow[]>(
      'GET',
      `/api/reports/kpis/${encodeURIComponent(kpiId)}/families?${toQueryString(query, {
        part,
        ...(group ? { groupBy: group.by, group: group.key } : {}),
      })}`,
    ),
  exportHref: (
    kpiId: string,
    query: ReportQuery,
    format: 'csv' | 'xlsx',
    language: string,
    groupBy = 'month',
  ) =>
    `/api/reports/kpis/${encodeURIComponent(kpiId)}/export?${toQueryString(query, { format, lang: language, groupBy })}`,
  evaluationExportHref: (programme: string) =>
    `/api/reports/evaluation-export?programme=${encodeURIComponent(programme)}`,
};
