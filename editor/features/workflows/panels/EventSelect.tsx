import type { WorkflowDefinition } from '../../../../runtime';
import { CHILD_BORN, FORM_SUBMITTED, PATHWAY_DONE } from '../../../../runtime';
import type { WorkflowsText } from '../text';

export const BUILT_IN_EVENTS = [FORM_SUBMITTED, PATHWAY_DONE, CHILD_BORN] as const;

interface Props {
  id: string;
  doc: WorkflowDefinition;
  value: string;
  onChange: (event: string) => void;
  text: WorkflowsText['transition'];
  disabled?: boolean;
}

/** Events from a typed list: the runtime's built-ins and the workflow's declared events, never free text. */
export function EventSelect({ id, doc, value, onChange, text, disabled }: Props) {
  const declared = Object.keys(doc.events ?? {}).filter(
    (e) => !(BUILT_IN_EVENTS as readonly string[]).includes(e),
  );
  return (
    <select
      id={id}
      className="form-select"
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value)}
    >
      <optgroup label={text.builtIn}>
        {BUILT_IN_EVENTS.map((e) => (
          <option key={e} value={e}>
            {e}
          </option>
        ))}
      </optgroup>
      {declared.length > 0 ? (
        <optgroup label={text.declared}>
          {declared.map((e) => (
            <option key={e} value={e}>
              {e}
              {doc.events?.[e]?.title.da ? ` – ${doc.events[e].title.da}` : ''}
            </option>
          ))}
        </optgroup>
      ) : null}
    </select>
  );
}
