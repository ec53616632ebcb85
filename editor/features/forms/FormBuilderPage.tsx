import { Page } from '../../app/Page';

/** Placeholder: replaced by the feature's page. */
export function FormBuilderPage({ formId }: { formId: string }) {
  return (
    <Page title="Skemabygger">
      <p>{formId}</p>
    </Page>
  );
}
