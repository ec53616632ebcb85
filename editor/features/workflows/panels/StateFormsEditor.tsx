import { useId, useState } from 'react';
import { toFormRefs, type FormRef, type Language, type StateConfig } from '../../../../runtime';
import type { FormSummary } from '../designerApi';
import type { WorkflowsText } from '../text';
import { Checkbox } from './Checkbox';

interface Props {
  state: StateConfig;
  pins: Record<string, number>;
  forms: FormSummary[];
  language: Language;
  text: WorkflowsText['state'];
  /** New refs for the state, and the version to pin when a form is new to the workflow. */
  onChange: (refs: FormRef[], pin?: { id: string; version: number }) => void;
  disabled: boolean;
}

/** The forms a state asks for, picked from the published form library (the version is pinned). */
export function StateFormsEditor({ state, pins, forms, language, text, onChange, disabled }: Props) {
  const id = useId();
  const refs = toFormRefs(state.meta?.forms);
  const [picked, setPicked] = useState('');
  const titleOf = (formId: string) => forms.find((f) => f.id === formId)?.title[language] ?? formId;
  const update = (index: number, patch: Partial<FormRef>) =>
    onChange(
      refs.map((r, i) => {
        if (i !== index) return r;
        const next = { ...r, ...patch };
        if (!next.optional) delete next.optional;
        if (!next.timing) delete next.timing;
        return next;
      }),
    );
  const available = forms.filter((f) => !refs.some((r) => r.id === f.id));
  return (
    <fieldset className="wf-fieldset">
      <legend>{text.forms}</legend>
      {refs.length === 0 ? <p>{text.formsNone}</p> : null}
      <ul className="wf-form-refs">
        {refs.map((ref, index) => (
          <li key={ref.id} className="wf-form-ref">
            <span className="wf-form-ref-title">
              {titleOf(ref.id)} ({ref.id}, {text.formVersion(pins[ref.id] ?? 0)})
            </span>
            <Checkbox
              label={`${text.optional}: ${ref.id}`}
              disabled={disabled}
              checked={ref.optional ?? false}
              onChange={(checked) => update(index, { optional: checked })}
            />
            <label className="wf-inline-select">
              {text.timing}{' '}
              <select
                className="form-select"
                disabled={disabled}
                value={ref.timing ?? ''}
                onChange={(e) =>
                  update(index, { timing: (e.target.value || undefined) as FormRef['timing'] })
                }
              >
                <option value="">{text.timingNone}</option>
                <option value="pre">pre</option>
                <option value="post">post</option>
              </select>
            </label>
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={disabled}
              onClick={() => onChange(refs.filter((_, i) => i !== index))}
            >
              {text.removeForm(titleOf(ref.id))}
            </button>
          </li>
        ))}
      </ul>
      <div className="wf-add-row">
        <label className="form-label" htmlFor={`${id}-pick`}>
          {text.pickForm}
        </label>
        <select
          id={`${id}-pick`}
          className="form-select"
          disabled={disabled}
          value={picked}
          onChange={(e) => setPicked(e.target.value)}
        >
          <option value="">—</option>
          {available.map((f) => (
            <option key={f.id} value={f.id}>
              {f.title[language]} ({f.id}, {text.formVersion(pins[f.id] ?? f.version)})
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-secondary"
          disabled={disabled || !picked}
          onClick={() => {
            const form = forms.find((f) => f.id === picked);
            if (!form) return;
            onChange(
              [...refs, { id: form.id }],
              pins[form.id] === undefined ? { id: form.id, version: form.version } : undefined,
            );
            setPicked('');
          }}
        >
          {text.addForm}
        </button>
      </div>
    </fieldset>
  );
}
