import { Page } from '../../app/Page';

/** Placeholder: replaced by the feature's page. */
export function WorkflowsPage() {
  return (
    <Page title="Forløb">
      <p>Forløb</p>
    </Page>
  );
}
