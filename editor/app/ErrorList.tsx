import { useEffect, useRef, type MouseEvent } from 'react';

export interface ListedError {
  /** The id of the input the error is about; the link moves focus there. */
  fieldId?: string;
  text: string;
}

interface Props {
  title: string;
  errors: ListedError[];
  /** Changes on every failed attempt, so focus moves to the list each time. */
  attempt: number;
}

/** The error summary of the app's own forms (login, register family), focused after a failed submit. */
export function ErrorList({ title, errors, attempt }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) box.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={box}
      className="alert alert-error error-summary"
      tabIndex={-1}
      role="group"
      aria-labelledby="app-error-title"
    >
      <h2 id="app-error-title" className="alert-heading">
        {title}
      </h2>
      <ul className="alert-text">
        {errors.map((error, index) => (
          <li key={index}>
            {error.fieldId ? (
              <a href={`#${error.fieldId}`} onClick={(event) => focusInput(event, error.fieldId ?? '')}>
                {error.text}
              </a>
            ) : (
              error.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The router listens to the hash, so the link focuses its input itself instead of jumping. */
function focusInput(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  event.preventDefault();
  const input = document.getElementById(id);
  input?.focus();
  input?.scrollIntoView({ block: 'center' });
}
