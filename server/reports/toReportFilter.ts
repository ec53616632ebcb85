import { isIsoDate } from '../../runtime';
import type { DateWindow, GroupBy } from '../../runtime/reporting';
import { problems } from '../http/ProblemError';
import type { DashboardQuery } from './createReportService';

export const GROUP_BYS: GroupBy[] = ['month', 'district', 'team', 'version', 'level'];

/** A KPI's own breakdown key (`round`, `delivery`): whether the KPI has it is checked against the result. */
const BREAKDOWN_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

const one = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** The query string of a report route as a filter: ISO dates, windows `from..to` separated by commas. */
export function toReportFilter(query: Record<string, unknown>): DashboardQuery {
  const filter: DashboardQuery = {};
  for (const key of ['from', 'to'] as const) {
    const value = one(query[key]);
    if (value === undefined) continue;
    if (!isIsoDate(value)) throw problems.badRequest(`${key} skal være en dato (ÅÅÅÅ-MM-DD).`);
    filter[key] = value;
  }
  const exclude = one(query.exclude);
  if (exclude !== undefined) {
    filter.exclude = exclude.split(',').map((w): DateWindow => {
      const [from, to] = w.split('..');
      if (!from || !to || !isIsoDate(from) || !isIsoDate(to) || from > to)
        throw problems.badRequest('exclude skal være perioder som ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD, adskilt af komma.');
      return { from, to };
    });
  }
  const version = one(query.version);
  if (version !== undefined) {
    if (!/^\d{1,6}$/.test(version)) throw problems.badRequest('version skal være et helt tal.');
    filter.workflowVersion = Number(version);
  }
  for (const key of ['district', 'team', 'programme', 'subIntervention'] as const) {
    const value = one(query[key]);
    if (value !== undefined) filter[key] = value;
  }
  return filter;
}

export function toGroupBy(value: unknown): GroupBy {
  if (value === undefined || value === '') return 'month';
  if (typeof value !== 'string' || !(GROUP_BYS.includes(value) || BREAKDOWN_KEY.test(value)))
    throw problems.badRequest(
      `groupBy skal være en af ${GROUP_BYS.join(', ')} eller nøgletallets egen opdeling.`,
    );
  return value;
}
