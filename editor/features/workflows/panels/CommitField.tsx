import { useEffect, useId, useState } from 'react';

interface Props {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  hint?: string;
  disabled?: boolean;
  type?: 'text' | 'number' | 'date';
}

/**
 * A text field that edits the document when the user is done with it (leaves the field or presses Enter),
 * so one edit is one undo step rather than one per key.
 */
export function CommitField({ label, value, onCommit, multiline, hint, disabled, type = 'text' }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    id,
    value: draft,
    disabled,
    onBlur: commit,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="form-group wf-field">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {multiline ? (
        <textarea {...common} className="form-input" rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          className="form-input"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
          }}
        />
      )}
    </div>
  );
}
