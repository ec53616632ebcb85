import { useId, useState } from 'react';
import {
  actionRegistry,
  getAction,
  type ActionRef,
  type FormDefinition,
  type Language,
} from '../../../../runtime';
import { FormView } from '../../../../runtime/rendering';
import type { WorkflowsText } from '../text';

interface Props {
  actions: ActionRef[];
  language: Language;
  text: WorkflowsText['transition'];
  onChange: (actions: ActionRef[]) => void;
  disabled: boolean;
}

/** The params form of an action, generated from its params schema in the registry. */
function toParamsForm(type: string, language: Language): FormDefinition | undefined {
  const entry = getAction(type);
  if (!entry) return undefined;
  return {
    kind: 'form',
    formatVersion: 1,
    id: `action-${type}`,
    version: 1,
    title: entry.title,
    subject: 'family',
    schema: { ...entry.params, title: entry.title[language] },
  };
}

/** The actions of a transition, from the action registry; their params are edited through a generated form. */
export function ActionsEditor({ actions, language, text, onChange, disabled }: Props) {
  const id = useId();
  const [picked, setPicked] = useState('');
  const [editing, setEditing] = useState<number>();
  return (
    <fieldset className="wf-fieldset">
      <legend>{text.actions}</legend>
      {actions.length === 0 ? <p>{text.actionsNone}</p> : null}
      <ul className="wf-actions">
        {actions.map((action, index) => {
          const entry = getAction(action.type);
          const title = entry?.title[language] ?? action.type;
          const form = toParamsForm(action.type, language);
          return (
            <li key={`${action.type}-${index}`} className="wf-action">
              <span className="wf-action-title">{title}</span>{' '}
              <code className="wf-action-params">{JSON.stringify(action.params ?? {})}</code>
              <div className="button-row">
                {form ? (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={disabled}
                    aria-expanded={editing === index}
                    onClick={() => setEditing(editing === index ? undefined : index)}
                  >
                    {text.actionParams(title)}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={disabled}
                  onClick={() => onChange(actions.filter((_, i) => i !== index))}
                >
                  {text.removeAction(title)}
                </button>
              </div>
              {editing === index && form ? (
                <div className="wf-action-form">
                  <FormView
                    form={form}
                    language={language}
                    formData={action.params ?? {}}
                    submitLabel={text.applyParams}
                    onSubmit={(data) => {
                      onChange(actions.map((a, i) => (i === index ? { ...a, params: data } : a)));
                      setEditing(undefined);
                    }}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="wf-add-row">
        <label className="form-label" htmlFor={`${id}-pick`}>
          {text.pickAction}
        </label>
        <select
          id={`${id}-pick`}
          className="form-select"
          value={picked}
          disabled={disabled}
          onChange={(e) => setPicked(e.target.value)}
        >
          <option value="">—</option>
          {Object.entries(actionRegistry).map(([name, entry]) => (
            <option key={name} value={name}>
              {entry.title[language]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-secondary"
          disabled={disabled || !picked}
          onClick={() => {
            onChange([...actions, { type: picked }]);
            setEditing(actions.length);
            setPicked('');
          }}
        >
          {text.addAction}
        </button>
      </div>
    </fieldset>
  );
}
