import { toText } from '../../../runtime';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { toHref } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { versionsTexts } from './text';
import { versionsApi, type DefinitionKind, type DraftSummary, type PublishedSummary } from './versionsApi';

/** Every definition with its draft (draft / in review) and its latest published version. */
export function VersionsPage() {
  const text = useFeatureText(versionsTexts);
  const { language } = useLanguage();
  const data = useResource('versions-list', async () => {
    const [drafts, forms, workflows] = await Promise.all([
      versionsApi.listDrafts(),
      versionsApi.listPublished('form'),
      versionsApi.listPublished('workflow'),
    ]);
    return { drafts, forms, workflows };
  });
  const kindText = (kind: DefinitionKind) => (kind === 'form' ? text.kindForm : text.kindWorkflow);
  const link = (kind: DefinitionKind, id: string, title: string) => (
    <a href={toHref({ name: 'versionDetail', kind, id })}>{title}</a>
  );

  const draftTable = (drafts: DraftSummary[]) =>
    drafts.length === 0 ? (
      <p>{text.noDrafts}</p>
    ) : (
      <div className="table--responsive-scroll">
        <table className="table table--compact" aria-label={text.drafts}>
          <thead>
            <tr>
              <th scope="col">{text.columnTitle}</th>
              <th scope="col">{text.columnKind}</th>
              <th scope="col">{text.columnStatus}</th>
              <th scope="col">{text.columnUpdated}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft) => (
              <tr key={`${draft.kind}:${draft.id}`}>
                <td>{link(draft.kind, draft.id, toText(draft.title, language) || draft.id)}</td>
                <td>{kindText(draft.kind)}</td>
                <td>{draft.status === 'in_review' ? text.statusInReview : text.statusDraft}</td>
                <td>
                  {formatDate(draft.updatedAt.slice(0, 10), language)} · {draft.updatedBy.name}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  const publishedTable = (kind: DefinitionKind, caption: string, list: PublishedSummary[]) => (
    <div className="table--responsive-scroll">
      <table className="table table--compact" aria-label={caption}>
        <thead>
          <tr>
            <th scope="col">{text.columnTitle}</th>
            <th scope="col">{text.columnId}</th>
            <th scope="col">{text.columnVersion}</th>
          </tr>
        </thead>
        <tbody>
          {[...list]
            .sort((a, b) => toText(a.title, language).localeCompare(toText(b.title, language), language))
            .map((item) => (
              <tr key={item.id}>
                <td>{link(kind, item.id, toText(item.title, language))}</td>
                <td>{item.id}</td>
                <td>{item.version}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <Page title={text.listTitle}>
      <p>{text.listIntro}</p>
      {data.status === 'loading' ? <Loading /> : null}
      {data.status === 'error' ? <LoadFailure error={data.error} onRetry={data.reload} /> : null}
      {data.status === 'ready' ? (
        <>
          <h2>{text.drafts}</h2>
          {draftTable(data.data.drafts)}
          <h2>{text.workflows}</h2>
          {publishedTable('workflow', text.workflows, data.data.workflows)}
          <h2>{text.forms}</h2>
          {publishedTable('form', text.forms, data.data.forms)}
        </>
      ) : null}
    </Page>
  );
}
