import { useId, useState, type FormEvent } from 'react';
import { getStateConfig, type WorkflowDefinition } from '../../../../runtime';
import type { WorkflowsText } from '../text';

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

interface Props {
  doc: WorkflowDefinition;
  text: WorkflowsText['outline'];
  /** States that can hold children. */
  parents: string[];
  defaultParent: string;
  onAdd: (parent: string, name: string, title: { da: string; en: string }) => void;
}

/** Adds a state: technical name, Danish and English title, and where it goes. */
export function AddStateForm({ doc, text, parents, defaultParent, onAdd }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [da, setDa] = useState('');
  const [en, setEn] = useState('');
  const [parent, setParent] = useState(defaultParent);
  const [error, setError] = useState('');

  if (!open)
    return (
      <button
        type="button"
        className="button button-secondary wf-add-state"
        onClick={() => {
          setParent(defaultParent);
          setOpen(true);
        }}
      >
        {text.addState}
      </button>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!NAME.test(name)) return setError(text.nameInvalid);
    const siblings = parent ? getStateConfig(doc.machine, parent)?.states : doc.machine.states;
    if (siblings && Object.hasOwn(siblings, name)) return setError(text.nameTaken);
    onAdd(parent, name, { da: da.trim() || name, en: en.trim() || da.trim() || name });
    setName('');
    setDa('');
    setEn('');
    setError('');
    setOpen(false);
  };

  return (
    <form className="wf-add-state-form" onSubmit={submit} aria-label={text.addState}>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-name`}>
          {text.stateName}
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {text.stateNameHint}
        </span>
        {error ? (
          <span className="form-error-message" id={`${id}-error`} role="alert">
            {error}
          </span>
        ) : null}
        <input
          id={`${id}-name`}
          className="form-input"
          value={name}
          autoFocus
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-da`}>
          {text.stateTitleDa}
        </label>
        <input id={`${id}-da`} className="form-input" value={da} onChange={(e) => setDa(e.target.value)} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-en`}>
          {text.stateTitleEn}
        </label>
        <input id={`${id}-en`} className="form-input" value={en} onChange={(e) => setEn(e.target.value)} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-parent`}>
          {text.addChildState}
        </label>
        <select
          id={`${id}-parent`}
          className="form-select"
          value={parent}
          onChange={(e) => setParent(e.target.value)}
        >
          <option value="">—</option>
          {parents.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {text.add}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
