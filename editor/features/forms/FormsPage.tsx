import { Page } from '../../app/Page';

/** Placeholder: replaced by the feature's page. */
export function FormsPage() {
  return (
    <Page title="Skemaer">
      <p>Skemaer</p>
    </Page>
  );
}
