import { useId, useState, type FormEvent } from 'react';
import type { WorkflowsText } from '../text';
import { Checkbox } from './Checkbox';

const EVENT_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;

interface Props {
  text: WorkflowsText['transition'];
  existing: string[];
  onDeclare: (name: string, title: { da: string; en: string }, manual: boolean) => void;
}

/** Declares a new event in the workflow's `events`, so it joins the typed list. */
export function DeclareEventForm({ text, existing, onDeclare }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [da, setDa] = useState('');
  const [en, setEn] = useState('');
  const [manual, setManual] = useState(true);
  if (!open)
    return (
      <button type="button" className="button button-secondary button-small" onClick={() => setOpen(true)}>
        {text.newEvent}
      </button>
    );
  const valid = EVENT_NAME.test(name) && !existing.includes(name) && da.trim() !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    onDeclare(name, { da: da.trim(), en: en.trim() || da.trim() }, manual);
    setOpen(false);
    setName('');
    setDa('');
    setEn('');
  };
  return (
    <form className="wf-declare-event" onSubmit={submit} aria-label={text.newEvent}>
      <label className="form-label" htmlFor={`${id}-name`}>
        {text.newEventName}
      </label>
      <input
        id={`${id}-name`}
        className="form-input"
        value={name}
        onChange={(e) => setName(e.target.value.toUpperCase())}
      />
      <label className="form-label" htmlFor={`${id}-da`}>
        {text.newEventTitleDa}
      </label>
      <input id={`${id}-da`} className="form-input" value={da} onChange={(e) => setDa(e.target.value)} />
      <label className="form-label" htmlFor={`${id}-en`}>
        {text.newEventTitleEn}
      </label>
      <input id={`${id}-en`} className="form-input" value={en} onChange={(e) => setEn(e.target.value)} />
      <Checkbox label={text.manual} checked={manual} onChange={setManual} />
      <button type="submit" className="button button-secondary" disabled={!valid}>
        {text.declare}
      </button>
    </form>
  );
}
