import { useState, type FormEvent } from 'react';
import { api } from '../../api/api';
import type { WorkScope } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { navigate } from '../../app/useRoute';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';

/** Whose steps (mine or my team's) and which programme: the choice goes into the address, so it can be kept. */
export function WorkFilters({ scope, workflowId }: { scope: WorkScope; workflowId: string }) {
  const { t, language } = useLanguage();
  const workflows = useResource('workflows', () => api.listWorkflows());
  const [chosenScope, setScope] = useState(scope);
  const [chosenWorkflow, setWorkflow] = useState(workflowId);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    navigate({ name: 'work', scope: chosenScope, workflowId: chosenWorkflow });
  };

  return (
    <form className="work-filters" aria-label={t.work.filters} onSubmit={handleSubmit}>
      <fieldset className="form-group">
        <legend className="form-label">{t.work.scope}</legend>
        {(['mine', 'team'] as const).map((option) => (
          <div className="form-group-radio" key={option}>
            <input
              type="radio"
              className="form-radio"
              id={`work-scope-${option}`}
              name="work-scope"
              checked={chosenScope === option}
              onChange={() => setScope(option)}
            />
            <label htmlFor={`work-scope-${option}`}>
              {option === 'mine' ? t.work.scopeMine : t.work.scopeTeam}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="form-group">
        <label className="form-label" htmlFor="work-workflow">
          {t.work.programme}
        </label>
        <select
          id="work-workflow"
          className="form-select"
          value={chosenWorkflow}
          onChange={(event) => setWorkflow(event.target.value)}
        >
          <option value="">{t.work.allProgrammes}</option>
          {workflows.status === 'ready'
            ? workflows.data.map((workflow) => (
                <option key={workflow.id} value={workflow.id}>
                  {toText(workflow.title, language)}
                </option>
              ))
            : null}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {t.work.show}
      </button>
    </form>
  );
}
