import { useId, useState, type FormEvent } from 'react';
import { FORM_SUBMITTED, type WorkflowDefinition } from '../../../../runtime';
import type { WorkflowGraph } from '../../../../runtime/workflow/toGraph';
import type { WorkflowsText } from '../text';
import { EventSelect } from './EventSelect';

interface Props {
  doc: WorkflowDefinition;
  graph: WorkflowGraph;
  text: WorkflowsText;
  onAdd: (event: string, target: string | undefined) => void;
}

/** Adds a transition from the selected state: an event from the typed list and a target state. */
export function AddTransitionForm({ doc, graph, text, onAdd }: Props) {
  const id = useId();
  const [event, setEvent] = useState<string>(FORM_SUBMITTED);
  const [target, setTarget] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onAdd(event, target || undefined);
  };
  return (
    <form className="wf-add-transition" onSubmit={submit} aria-label={text.state.addTransition}>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-event`}>
          {text.state.event}
        </label>
        <EventSelect id={`${id}-event`} doc={doc} value={event} onChange={setEvent} text={text.transition} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-target`}>
          {text.state.target}
        </label>
        <select
          id={`${id}-target`}
          className="form-select"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
        >
          <option value="">{text.transition.noTarget}</option>
          {graph.nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.id}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {text.state.addTransition}
      </button>
    </form>
  );
}
