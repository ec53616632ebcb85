import { useId, useState, type FormEvent } from 'react';
import type { CompiledWorkflow, Language, Library } from '../../../../runtime';
import { CHILD_BORN, PATHWAY_DONE } from '../../../../runtime';
import { FormView } from '../../../../runtime/rendering';
import { listSimulatedFormsDue } from '../../../../runtime/simulation/runSimulation';
import type { WorkflowsText } from '../text';
import type { SimulationRun } from './useSimulation';

interface Props {
  run: SimulationRun;
  library: Library;
  workflow: CompiledWorkflow;
  language: Language;
  text: WorkflowsText['simulation'];
}

/** What the user does in a simulation: fill in the forms due, send events, move the clock forward. */
export function SimulationControls({ run, library, workflow, language, text }: Props) {
  const id = useId();
  const state = run.state!;
  const formsDue = listSimulatedFormsDue({ library, workflow }, state);
  const [formKey, setFormKey] = useState('');
  const [days, setDays] = useState('7');
  const events = [
    ...Object.keys(workflow.definition.events ?? {}),
    ...[CHILD_BORN, PATHWAY_DONE].filter((e) => !workflow.definition.events?.[e]),
  ];
  const [event, setEvent] = useState(events[0] ?? CHILD_BORN);
  const [payload, setPayload] = useState('');
  const [payloadError, setPayloadError] = useState('');
  const chosen = formsDue.find((f) => `${f.pathwayId}:${f.formId}` === formKey) ?? formsDue[0];
  const pathway = chosen ? state.pathways[chosen.pathwayId] : undefined;
  const form =
    chosen && pathway
      ? (library.getForm(chosen.formId, chosen.version) ?? workflow.forms[chosen.formId])
      : undefined;

  const advance = (e: FormEvent) => {
    e.preventDefault();
    const n = Math.trunc(Number(days));
    if (Number.isFinite(n) && n > 0) run.apply({ kind: 'advanceDays', days: n });
  };
  const send = (e: FormEvent) => {
    e.preventDefault();
    let data: Record<string, unknown> | undefined;
    if (payload.trim()) {
      try {
        data = JSON.parse(payload) as Record<string, unknown>;
      } catch {
        setPayloadError(text.eventPayload);
        return;
      }
    } else if (event === CHILD_BORN) {
      data = { birthDate: state.today };
    }
    setPayloadError('');
    run.apply({ kind: 'event', type: event, ...(data ? { payload: data } : {}) });
  };

  return (
    <div className="wf-sim-controls">
      <section aria-labelledby={`${id}-forms`}>
        <h3 id={`${id}-forms`} className="wf-subtitle">
          {text.formsDue}
        </h3>
        {formsDue.length === 0 ? <p>{text.noFormsDue}</p> : null}
        {formsDue.length > 1 ? (
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-pick`}>
              {text.formsDue}
            </label>
            <select
              id={`${id}-pick`}
              className="form-select"
              value={chosen ? `${chosen.pathwayId}:${chosen.formId}` : ''}
              onChange={(e) => setFormKey(e.target.value)}
            >
              {formsDue.map((f) => (
                <option key={`${f.pathwayId}:${f.formId}`} value={`${f.pathwayId}:${f.formId}`}>
                  {f.stateTitle[language]}: {f.formId}
                  {f.optional ? ` (${language === 'da' ? 'valgfri' : 'optional'})` : ''}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {chosen && form ? (
          <div className="wf-sim-form">
            <h4 className="wf-subtitle">{text.fill(form.definition.title[language])}</h4>
            <FormView
              key={`${chosen.pathwayId}:${chosen.formId}:${state.sequence}`}
              form={form.definition}
              language={language}
              params={pathway?.snapshot.context.formParams?.[chosen.formId]}
              submitLabel={text.submit}
              onSubmit={(data) => run.apply({ kind: 'submit', formId: chosen.formId, data })}
            />
          </div>
        ) : null}
      </section>
      <form className="wf-sim-row" onSubmit={send} aria-label={text.sendEvent}>
        <label className="form-label" htmlFor={`${id}-event`}>
          {text.sendEvent}
        </label>
        <select
          id={`${id}-event`}
          className="form-select"
          value={event}
          onChange={(e) => setEvent(e.target.value)}
        >
          {events.map((ev) => (
            <option key={ev} value={ev}>
              {ev}
              {workflow.definition.events?.[ev] ? ` – ${workflow.definition.events[ev].title[language]}` : ''}
            </option>
          ))}
        </select>
        <label className="form-label" htmlFor={`${id}-payload`}>
          {text.eventPayload}
        </label>
        {payloadError ? (
          <span className="form-error-message" role="alert">
            {payloadError}
          </span>
        ) : null}
        <input
          id={`${id}-payload`}
          className="form-input"
          value={payload}
          onChange={(e) => setPayload(e.target.value)}
        />
        <button type="submit" className="button button-secondary">
          {text.send}
        </button>
      </form>
      <form className="wf-sim-row" onSubmit={advance} aria-label={text.advance}>
        <label className="form-label" htmlFor={`${id}-days`}>
          {text.days}
        </label>
        <input
          id={`${id}-days`}
          className="form-input wf-input-number"
          type="number"
          min={1}
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
        <button type="submit" className="button button-secondary">
          {text.advanceButton}
        </button>
      </form>
    </div>
  );
}
