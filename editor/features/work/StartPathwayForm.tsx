import { useState, type FormEvent } from 'react';
import { api } from '../../api/api';
import type { Family, PathwayView } from '../../api/types';
import { LoadFailure, Loading, toMessage } from '../../app/LoadFailure';
import { useResource } from '../../app/useResource';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';
import { describeMember } from './describeMember';

/** Start a pathway (the workflow's latest version) for one of the family's children, born or expected. */
export function StartPathwayForm({
  family,
  onStarted,
}: {
  family: Family;
  onStarted: (pathway: PathwayView) => void;
}) {
  const { t, language } = useLanguage();
  const workflows = useResource('workflows', () => api.listWorkflows());
  const children = family.members.filter((m) => m.role === 'child');
  const [workflowId, setWorkflowId] = useState('');
  const [childId, setChildId] = useState(children[0]?.id ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  if (children.length === 0) return <p>{t.family.noChildren}</p>;
  if (workflows.status === 'loading') return <Loading />;
  if (workflows.status === 'error') return <LoadFailure error={workflows.error} onRetry={workflows.reload} />;
  const chosenWorkflow = workflowId || workflows.data[0]?.id || '';

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onStarted(await api.startPathway(family.id, chosenWorkflow, childId));
    } catch (failure) {
      setError(toMessage(failure, t.app, language));
    }
    setBusy(false);
  };

  return (
    <form className="narrow-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {error ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{error}</p>
        </div>
      ) : null}
      <div className="form-group">
        <label className="form-label" htmlFor="start-workflow">
          {t.family.workflow}
        </label>
        <select
          id="start-workflow"
          className="form-select"
          value={chosenWorkflow}
          onChange={(e) => setWorkflowId(e.target.value)}
        >
          {workflows.data.map((workflow) => (
            <option key={workflow.id} value={workflow.id}>
              {toText(workflow.title, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="start-child">
          {t.family.child}
        </label>
        <select
          id="start-child"
          className="form-select"
          value={childId}
          onChange={(e) => setChildId(e.target.value)}
        >
          {children.map((child) => (
            <option key={child.id} value={child.id}>
              {describeMember(child, t, (d) => formatDate(d, language))}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-primary" disabled={busy || !chosenWorkflow}>
        {t.family.start}
      </button>
    </form>
  );
}
