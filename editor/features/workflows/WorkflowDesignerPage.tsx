import { Page } from '../../app/Page';

/** Placeholder: replaced by the feature's page. */
export function WorkflowDesignerPage({ workflowId }: { workflowId: string }) {
  return (
    <Page title="Forløbsdesigner">
      <p>{workflowId}</p>
    </Page>
  );
}
