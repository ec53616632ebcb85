import { join } from 'node:path';
import type { Language } from '../../runtime';
import { listPopulationWorkflows, type DrillPart } from '../../runtime/reporting';
import { getUser } from '../auth/sessions';
import { findProjectRoot } from '../findProjectRoot';
import { ProblemError, problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import { createPseudonymiser, getProjectSecret, PSEUDONYM_SECRET_ENV } from '../reports/createPseudonymiser';
import { createReportService, type ReportService } from '../reports/createReportService';
import { loadKpiCatalogue } from '../reports/loadKpiCatalogue';
import { EVALUATION_EXPORTERS, REPORT_DRILLERS, REPORT_READERS } from '../reports/reportRoles';
import { canSeeFamily } from '../auth/familyAccess';
import { toCsv } from '../reports/toCsv';
import { toDataDictionary } from '../reports/toDataDictionary';
import { toEvaluationExport } from '../reports/toEvaluationExport';
import { toKpiTable } from '../reports/toKpiTable';
import { toGroupBy, toReportFilter } from '../reports/toReportFilter';
import { toXlsx } from '../reports/toXlsx';
import type { Services } from './Services';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILTER_QUERY = {
  from: { description: 'first date of the period (YYYY-MM-DD)' },
  to: { description: 'last date of the period (YYYY-MM-DD)' },
  exclude: { description: 'windows left out: `YYYY-MM-DD..YYYY-MM-DD`, comma-separated' },
  district: { description: 'only this district' },
  team: { description: 'only this team' },
  version: { description: 'only pathways on this workflow version' },
};

export function reportRoutes({ storage, catalog, accessLog, now }: Services): RouteSpec[] {
  // The KPI catalogue is read on first use and checked against the library then: a broken KPI fails the
  // report routes loudly (and the catalogue test), without stopping a server whose tests use other definitions.
  let service: ReportService | undefined;
  const reports = () =>
    (service ??= createReportService(
      storage,
      loadKpiCatalogue(join(findProjectRoot(), 'definitions'), catalog.library, catalog.profile),
    ));
  const kpiOf = (id: unknown) => {
    const kpi = typeof id === 'string' ? reports().getKpi(id) : undefined;
    if (!kpi) throw problems.notFound(`Nøgletallet ${String(id)}`);
    return kpi;
  };
  const languageOf = (value: unknown): Language => (value === 'en' ? 'en' : 'da');

  return [
    {
      method: 'get',
      path: '/api/reports/catalogue',
      tag: 'reports',
      summary: 'The KPI definitions and the programmes and sub-interventions they belong to',
      roles: REPORT_READERS,
      responses: { 200: { description: '{ programmes, kpis }' } },
      handle(_req, res) {
        res.json(reports().catalogue());
      },
    },
    {
      method: 'get',
      path: '/api/reports/dashboard',
      tag: 'reports',
      summary: 'Every KPI of a programme (or all), computed over the period and filter: aggregates only',
      roles: REPORT_READERS,
      query: {
        ...FILTER_QUERY,
        programme: { description: 'only this programme' },
        subIntervention: { description: 'only this sub-intervention' },
      },
      responses: {
        200: { description: '[{ kpiId, result | prePost }]' },
        400: { description: 'Bad filter' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const filter = toReportFilter(req.query);
        const entries = await reports().dashboard(filter);
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: 'read',
          resource: `report:dashboard:${filter.programme ?? 'all'}`,
        });
        res.json(
          entries.map((e) => ({
            kpiId: e.kpi.id,
            ...(e.result ? { result: e.result } : {}),
            ...(e.prePost ? { prePost: e.prePost } : {}),
          })),
        );
      },
    },
    {
      method: 'get',
      path: '/api/reports/kpis/:kpiId/families',
      tag: 'reports',
      summary: 'The families behind one number of a KPI (drill-down; access-logged)',
      roles: REPORT_DRILLERS,
      query: {
        ...FILTER_QUERY,
        part: { description: '`denominator` (default), `numerator` or `category:<key>`' },
        groupBy: { description: '`month`, `district`, `team` or `version`, with `group`' },
        group: { description: 'the group key (e.g. 2021-03)' },
      },
      responses: {
        200: { description: 'The families, with the pathway and its date' },
        404: { description: 'Unknown KPI' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const q = req.query as Record<string, unknown>;
        const kpi = kpiOf(req.params.kpiId);
        const part = (typeof q.part === 'string' ? q.part : 'denominator') as DrillPart;
        const known =
          part === 'denominator' ||
          part === 'numerator' ||
          (part.startsWith('category:') && kpi.categories?.[part.slice('category:'.length)] !== undefined);
        if (!known)
          throw problems.badRequest('part skal være denominator, numerator eller category:<nøgle>.');
        const group = typeof q.group === 'string' ? { by: toGroupBy(q.groupBy), key: q.group } : undefined;
        const all = await reports().drillDown(kpi, toReportFilter(q), part, group);
        // A number may count families of other teams or municipalities: list only those she may see.
        const visible = new Set(
          (await storage.listFamilies({ ids: [...new Set(all.map((r) => r.familyId))] }))
            .filter((family) => canSeeFamily(user, family))
            .map((family) => family.id),
        );
        const rows = all.filter((r) => visible.has(r.familyId));
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: 'read',
          resource: `report:${kpi.id}:${part}${group ? `:${group.by}=${group.key}` : ''}`,
          familyIds: [...new Set(rows.map((r) => r.familyId))],
        });
        res.json(rows);
      },
    },
    {
      method: 'get',
      path: '/api/reports/kpis/:kpiId/export',
      tag: 'reports',
      summary: 'A KPI table as CSV or XLSX, by month, district, team or version (access-logged)',
      roles: REPORT_READERS,
      query: {
        ...FILTER_QUERY,
        format: { description: '`csv` (default) or `xlsx`' },
        groupBy: { description: '`month` (default), `district`, `team` or `version`' },
        lang: { description: '`da` (default) or `en`' },
      },
      responses: { 200: { description: 'The file' }, 400: { description: 'Bad format' } },
      async handle(req, res) {
        const user = getUser(res);
        const q = req.query as Record<string, unknown>;
        const kpi = kpiOf(req.params.kpiId);
        const format = q.format === undefined ? 'csv' : q.format;
        if (format !== 'csv' && format !== 'xlsx')
          throw problems.badRequest('format skal være csv eller xlsx.');
        if (kpi.measure === 'prepost')
          throw problems.badRequest('Før/efter-målinger eksporteres med evalueringsudtrækket.');
        const by = toGroupBy(q.groupBy);
        const { result } = await reports().evaluate(kpi, toReportFilter(q));
        const table = toKpiTable(kpi, result!, by, languageOf(q.lang));
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: 'export',
          resource: `report:${kpi.id}:${format}:${by}`,
        });
        const name = `${kpi.id}-${by}.${format}`;
        res.set('Content-Disposition', `attachment; filename="${name}"`);
        if (format === 'csv') {
          res.type('text/csv; charset=utf-8').send(`\uFEFF${toCsv(table.columns, table.rows)}`);
        } else {
          res.type(XLSX).send(await toXlsx([{ name: kpi.id, columns: table.columns, rows: table.rows }]));
        }
      },
    },
    {
      method: 'get',
      path: '/api/reports/evaluation-export',
      tag: 'reports',
      summary:
        "A programme's pseudonymised evaluation data as XLSX, with its data dictionary (access-logged)",
      roles: EVALUATION_EXPORTERS,
      query: { programme: { description: 'the project (required)' } },
      responses: {
        200: { description: 'The workbook' },
        404: { description: 'Unknown programme' },
        503: { description: 'No pseudonymisation secret is configured' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const programme = (req.query as Record<string, unknown>).programme;
        const kpis = reports()
          .catalogue()
          .kpis.filter((k) => k.programme === programme);
        if (typeof programme !== 'string' || kpis.length === 0)
          throw problems.notFound(`Projektet ${String(programme)}`);
        const secret = getProjectSecret(programme);
        if (!secret)
          throw new ProblemError(
            503,
            'Service unavailable',
            `Pseudonymisering er ikke sat op: sæt ${PSEUDONYM_SECRET_ENV} (mindst 32 tegn) i serverens miljø.`,
          );
        const facts = await storage.listReportFacts({
          workflowIds: [...new Set(kpis.flatMap(listPopulationWorkflows))],
        });
        const sheets = toEvaluationExport(kpis, facts, catalog.library, createPseudonymiser(secret));
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: 'export',
          resource: `report:evaluation:${programme}`,
          familyIds: [...new Set(facts.pathways.map((p) => p.familyId))],
        });
        res.set('Content-Disposition', `attachment; filename="evaluering-${programme}.xlsx"`);
        res.type(XLSX).send(await toXlsx(sheets));
      },
    },
    {
      method: 'get',
      path: '/api/reports/dictionary',
      tag: 'reports',
      summary: "The data dictionary of a programme's evaluation export, generated from the form definitions",
      roles: REPORT_READERS,
      query: { programme: { description: 'the project (required)' } },
      responses: { 200: { description: 'Dictionary entries' }, 404: { description: 'Unknown programme' } },
      handle(req, res) {
        const programme = (req.query as Record<string, unknown>).programme;
        const kpis = reports()
          .catalogue()
          .kpis.filter((k) => k.programme === programme);
        if (kpis.length === 0) throw problems.notFound(`Projektet ${String(programme)}`);
        const forms = new Map<string, number[]>();
        for (const k of kpis)
          for (const [id, v] of Object.entries(k.draws.forms))
            forms.set(id, [...new Set([...(forms.get(id) ?? []), ...v])]);
        res.json(
          [...forms.entries()].flatMap(([id, versions]) =>
            versions.flatMap((v) => {
              const form = catalog.library.getForm(id, v);
              return form ? toDataDictionary(form.definition) : [];
            }),
          ),
        );
      },
    },
  ];
}
