import { useId } from 'react';

/** The "why" every lifecycle step asks for: a labelled text area with its hint and error. */
export function CommentField(props: {
  label: string;
  hint: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className={`form-group${props.error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {props.label}
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        {props.hint}
      </span>
      {props.error ? (
        <span className="form-error-message" id={`${id}-error`}>
          {props.error}
        </span>
      ) : null}
      <textarea
        id={id}
        className="form-input"
        rows={2}
        maxLength={2000}
        value={props.value}
        aria-describedby={`${id}-hint${props.error ? ` ${id}-error` : ''}`}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
