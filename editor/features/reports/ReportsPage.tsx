import { Page } from '../../app/Page';

/** Placeholder: replaced by the feature's page. */
export function ReportsPage() {
  return (
    <Page title="Evaluering">
      <p>Evaluering</p>
    </Page>
  );
}
