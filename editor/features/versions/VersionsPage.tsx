import { Page } from '../../app/Page';

/** Placeholder: replaced by the feature's page. */
export function VersionsPage() {
  return (
    <Page title="Versioner">
      <p>Versioner</p>
    </Page>
  );
}
