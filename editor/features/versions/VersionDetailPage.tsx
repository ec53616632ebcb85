import { Page } from '../../app/Page';

/** Placeholder: replaced by the feature's page. */
export function VersionDetailPage({ kind, id }: { kind: 'form' | 'workflow'; id: string }) {
  return (
    <Page title="Version">
      <p>{`${kind} ${id}`}</p>
    </Page>
  );
}
