import { Page } from '../../app/Page';

/** Placeholder: replaced by the feature's page. */
export function AuditPage() {
  return (
    <Page title="Adgangslog">
      <p>Adgangslog</p>
    </Page>
  );
}
