import { useId } from 'react';
import {
  listFieldPaths,
  type DueRule,
  type Language,
  type Library,
  type WorkflowDefinition,
} from '../../../../runtime';
import type { WorkflowsText } from '../text';

const UNITS = ['years', 'months', 'weeks', 'days'] as const;
const ANCHORS = ['child.birthDate', 'child.dueDate', 'stateEntry'] as const;

interface Props {
  rule: DueRule | undefined;
  doc: WorkflowDefinition;
  library: Library | undefined;
  language: Language;
  text: WorkflowsText['state'];
  onChange: (rule: DueRule | undefined) => void;
  disabled: boolean;
}

/** The due-date rule of a state: anchor, offset (numbers or parameters), tolerance window and event. */
export function DueRuleEditor({ rule, doc, library, language, text, onChange, disabled }: Props) {
  const id = useId();
  const params = Object.keys(doc.parameters ?? {});
  const events = Object.keys(doc.events ?? {});
  const dateFields = Object.entries(doc.forms).flatMap(([formId, version]) => {
    const form = library?.getForm(formId, version)?.definition;
    if (!form) return [];
    return listFieldPaths(form.schema)
      .filter((f) => f.schema.format === 'date' && !f.path.includes('[]'))
      .map((f) => ({ value: `answers.${formId}.${f.path}`, label: `${form.title[language]}: ${f.path}` }));
  });
  if (!rule)
    return (
      <fieldset className="wf-fieldset">
        <legend>{text.due}</legend>
        <p>{text.dueNone}</p>
        <button
          type="button"
          className="button button-secondary"
          disabled={disabled}
          onClick={() => onChange({ anchor: 'stateEntry', offset: { days: 7 } })}
        >
          {text.dueAdd}
        </button>
      </fieldset>
    );
  const isAnswer = rule.anchor.startsWith('answers.');
  const set = (patch: Partial<DueRule>) => {
    const next = { ...rule, ...patch };
    for (const key of Object.keys(next) as (keyof DueRule)[]) if (next[key] === undefined) delete next[key];
    onChange(next);
  };
  const setOffset = (unit: (typeof UNITS)[number], value: number | { param: string } | undefined) => {
    const offset = { ...rule.offset, [unit]: value };
    for (const u of UNITS) if (offset[u] === undefined) delete offset[u];
    set({ offset: Object.keys(offset).length > 0 ? offset : undefined });
  };
  return (
    <fieldset className="wf-fieldset">
      <legend>{text.due}</legend>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-anchor`}>
          {text.anchor}
        </label>
        <select
          id={`${id}-anchor`}
          className="form-select"
          disabled={disabled}
          value={isAnswer ? 'answers' : rule.anchor}
          onChange={(e) =>
            set({
              anchor: (e.target.value === 'answers'
                ? (dateFields[0]?.value ?? 'stateEntry')
                : e.target.value) as DueRule['anchor'],
            })
          }
        >
          {ANCHORS.map((a) => (
            <option key={a} value={a}>
              {text.anchors[a]}
            </option>
          ))}
          <option value="answers" disabled={dateFields.length === 0}>
            {text.anchors.answers}
          </option>
        </select>
      </div>
      {isAnswer ? (
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-field`}>
            {text.answerField}
          </label>
          <select
            id={`${id}-field`}
            className="form-select"
            disabled={disabled}
            value={rule.anchor}
            onChange={(e) => set({ anchor: e.target.value as DueRule['anchor'] })}
          >
            {dateFields.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <fieldset className="wf-fieldset wf-offset">
        <legend>{text.offset}</legend>
        {UNITS.map((unit) => {
          const value = rule.offset?.[unit];
          const param = typeof value === 'object' ? value.param : '';
          return (
            <div key={unit} className="wf-offset-unit">
              <label className="form-label" htmlFor={`${id}-${unit}`}>
                {text.units[unit]}
              </label>
              <input
                id={`${id}-${unit}`}
                className="form-input wf-input-number"
                type="number"
                disabled={disabled || param !== ''}
                value={typeof value === 'number' ? value : ''}
                onChange={(e) =>
                  setOffset(unit, e.target.value === '' ? undefined : Math.trunc(Number(e.target.value)))
                }
              />
              <label className="form-label" htmlFor={`${id}-${unit}-param`}>
                {text.fromParam}
              </label>
              <select
                id={`${id}-${unit}-param`}
                className="form-select"
                disabled={disabled}
                value={param}
                onChange={(e) => setOffset(unit, e.target.value ? { param: e.target.value } : undefined)}
              >
                <option value="">{text.noParam}</option>
                {params.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-window`}>
          {text.window}
        </label>
        <input
          id={`${id}-window`}
          className="form-input wf-input-number"
          type="number"
          min={0}
          disabled={disabled || typeof rule.windowDays === 'object'}
          value={typeof rule.windowDays === 'number' ? rule.windowDays : ''}
          onChange={(e) =>
            set({
              windowDays: e.target.value === '' ? undefined : Math.max(0, Math.trunc(Number(e.target.value))),
            })
          }
        />
        <label className="form-label" htmlFor={`${id}-window-param`}>
          {text.fromParam}
        </label>
        <select
          id={`${id}-window-param`}
          className="form-select"
          disabled={disabled}
          value={typeof rule.windowDays === 'object' ? rule.windowDays.param : ''}
          onChange={(e) => set({ windowDays: e.target.value ? { param: e.target.value } : undefined })}
        >
          <option value="">{text.noParam}</option>
          {params.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-event`}>
          {text.dueEvent}
        </label>
        <select
          id={`${id}-event`}
          className="form-select"
          disabled={disabled}
          value={rule.event ?? ''}
          onChange={(e) => set({ event: e.target.value || undefined })}
        >
          <option value="">{text.noEvent}</option>
          {events.map((ev) => (
            <option key={ev} value={ev}>
              {ev}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button-secondary"
        disabled={disabled}
        onClick={() => onChange(undefined)}
      >
        {text.dueRemove}
      </button>
    </fieldset>
  );
}
