import { useMemo, useState } from 'react';
import { LoadFailure } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { useSession } from '../../app/SessionContext';
import { useResource } from '../../app/useResource';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { KpiCard } from './KpiCard';
import { PrePostCard } from './PrePostCard';
import { ReportFilters } from './ReportFilters';
import {
  reportsApi,
  toQueryString,
  type DashboardEntry,
  type ReportCatalogue,
  type ReportQuery,
} from './reportsApi';
import { reportsText } from './text';
import './reports.css';

const EMPTY: ReportQuery = {
  programme: '',
  subIntervention: '',
  from: '',
  to: '',
  district: '',
  team: '',
  version: '',
  exclude: [],
};

/** The evaluation dashboard: every KPI of the chosen programme, computed live from the pathways. */
export function ReportsPage() {
  const text = useFeatureText(reportsText);
  const { language } = useLanguage();
  const { user } = useSession();
  // The families behind a number are family data: only the lead health visitor drills down (the server agrees).
  const canDrill = (user?.roles ?? []).includes('ledende_sundhedsplejerske');
  const catalogue = useResource('reports-catalogue', reportsApi.catalogue);
  return (
    <Page title={text.title}>
      <p>{text.intro}</p>
      {catalogue.status === 'loading' ? <p role="status">{text.loading}</p> : null}
      {catalogue.status === 'error' ? (
        <LoadFailure error={catalogue.error} onRetry={catalogue.reload} />
      ) : null}
      {catalogue.status === 'ready' ? (
        <Dashboard
          catalogue={catalogue.data}
          canDrill={canDrill}
          canExport={canDrill || (user?.roles ?? []).includes('administrator')}
          language={language}
        />
      ) : null}
    </Page>
  );
}

function Dashboard({
  catalogue,
  canDrill,
  canExport,
  language,
}: {
  catalogue: ReportCatalogue;
  canDrill: boolean;
  /** The pseudonymised evaluation export: lead health visitors and administrators. */
  canExport: boolean;
  language: 'da' | 'en';
}) {
  const text = useFeatureText(reportsText);
  const [query, setQuery] = useState<ReportQuery>({
    ...EMPTY,
    programme: Object.keys(catalogue.programmes)[0] ?? '',
  });
  const key = toQueryString(query);
  const dashboard = useResource(`dashboard?${key}`, () => reportsApi.dashboard(query));
  const entries: DashboardEntry[] = dashboard.status === 'ready' ? dashboard.data : [];
  const seen = useMemo(() => {
    const keys = (by: 'district' | 'team' | 'version') => [
      ...new Set(entries.flatMap((e) => e.result?.groups[by].map((g) => g.key) ?? []).filter(Boolean)),
    ];
    return { district: keys('district'), team: keys('team'), version: keys('version') };
  }, [entries]);
  const kpis = new Map(catalogue.kpis.map((k) => [k.id, k]));

  return (
    <>
      <ReportFilters
        catalogue={catalogue}
        query={query}
        seen={seen}
        text={text}
        language={language}
        onApply={setQuery}
      />
      {canExport && query.programme ? (
        <p className="kpi-evaluation-export">
          <a
            className="button button-secondary"
            href={reportsApi.evaluationExportHref(query.programme)}
            download
          >
            {text.evaluationExport}
          </a>{' '}
          <span className="form-hint">{text.evaluationExportHelp}</span>
        </p>
      ) : null}
      <div aria-live="polite" aria-busy={dashboard.status === 'loading'}>
        {dashboard.status === 'loading' ? <p role="status">{text.loading}</p> : null}
        {dashboard.status === 'error' ? (
          <LoadFailure error={dashboard.error} onRetry={dashboard.reload} />
        ) : null}
        {dashboard.status === 'ready' ? (
          <>
            <p>{entries.length === 0 ? text.noKpis : text.kpiCount(entries.length)}</p>
            <p className="form-hint">{text.rounding}</p>
          </>
        ) : null}
      </div>
      {entries.map((entry) => {
        const kpi = kpis.get(entry.kpiId);
        if (!kpi) return null;
        if (entry.prePost)
          return (
            <PrePostCard key={kpi.id} kpi={kpi} result={entry.prePost} text={text} language={language} />
          );
        if (!entry.result) return null;
        return (
          <KpiCard
            key={`${kpi.id}|${key}`}
            kpi={kpi}
            result={entry.result}
            query={query}
            text={text}
            language={language}
            canDrill={canDrill}
          />
        );
      })}
    </>
  );
}
