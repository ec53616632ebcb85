import { toText } from '../../../runtime';
import { isApiError } from '../../api/client';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { toHref } from '../../app/routes';
import { useSession } from '../../app/SessionContext';
import { useResource } from '../../app/useResource';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { draftApi } from '../editing/draftApi';
import { DiffPanel } from './DiffPanel';
import { DraftPanel } from './DraftPanel';
import { HistoryList } from './HistoryList';
import { MigrationPlanner } from './MigrationPlanner';
import { versionsTexts } from './text';
import { VersionTable } from './VersionTable';
import { versionsApi, type DefinitionKind, type PublishedSummary } from './versionsApi';
import './versions.css';

/** One definition: its draft and lifecycle steps, versions, diff with release notes, history, migrations. */
export function VersionDetailPage({ kind, id }: { kind: DefinitionKind; id: string }) {
  const text = useFeatureText(versionsTexts);
  const { language } = useLanguage();
  const roles = useSession().user?.roles ?? [];
  const isAdministrator = roles.includes('administrator');
  const isEditor = isAdministrator || roles.includes('redaktoer');
  const data = useResource(`versions:${kind}:${id}`, async () => {
    const [versions, history, draft, published] = await Promise.all([
      versionsApi.versions(kind, id).catch((error: unknown) => {
        if (isApiError(error) && error.status === 404) return [];
        throw error;
      }),
      versionsApi.history(kind, id).catch((error: unknown) => {
        if (isApiError(error) && error.status === 404) return [];
        throw error;
      }),
      draftApi.get(kind, id).catch((error: unknown) => {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }),
      versionsApi.listPublished(kind),
    ]);
    const title = draft?.title ?? published.find((p: PublishedSummary) => p.id === id)?.title;
    return { versions, history, draft, title };
  });
  const title = data.status === 'ready' && data.data.title ? toText(data.data.title, language) : id;
  const back = (
    <p>
      <a href={toHref({ name: 'versions' })}>{text.backToList}</a>
    </p>
  );

  return (
    <Page title={text.detailTitle(title)} before={back}>
      {data.status === 'loading' ? <Loading /> : null}
      {data.status === 'error' ? <LoadFailure error={data.error} onRetry={data.reload} /> : null}
      {data.status === 'ready' ? (
        <>
          <DraftPanel
            kind={kind}
            id={id}
            draft={data.data.draft}
            isEditor={isEditor}
            isAdministrator={isAdministrator}
            onChanged={data.reload}
          />
          {data.data.versions.length > 0 ? (
            <>
              <VersionTable
                kind={kind}
                id={id}
                versions={data.data.versions}
                isAdministrator={isAdministrator}
                onChanged={data.reload}
              />
              <DiffPanel
                key={`${data.data.versions.length}:${data.data.draft?.revision ?? 0}`}
                kind={kind}
                id={id}
                versions={data.data.versions.map((v) => v.version)}
                hasDraft={data.data.draft !== null}
              />
            </>
          ) : null}
          <HistoryList history={data.data.history} />
          {kind === 'workflow' && isAdministrator && data.data.versions.length > 1 ? (
            <MigrationPlanner
              key={data.data.versions.length}
              id={id}
              versions={data.data.versions.map((v) => v.version)}
            />
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
