import { startTransition, useCallback, useRef, useState } from 'react';

/**
 * A text field's value as the user types it: shown at once, handed to the form as a transition. rjsf
 * recomputes the whole form's state (defaults, schema resolution, validation) at every change; on a long
 * form that is tens of milliseconds per keystroke. As a transition, that work waits until the key is on
 * screen and is dropped in favour of the next key while the user keeps typing. Enter and leaving the field
 * hand the value over at once, so a submit always sees it.
 *
 * A value that comes from outside (a merge, a language switch) replaces what is shown, unless the user's
 * own newer change is still on its way.
 */
export function useDeferredChange<T>(
  value: T,
  onChange: (value: T) => void,
): { value: T; change: (next: T) => void; flush: () => void } {
  const [local, setLocal] = useState(value);
  const [seen, setSeen] = useState(value);
  const pending = useRef(false);
  if (!Object.is(value, seen)) {
    setSeen(value);
    if (Object.is(value, local)) pending.current = false;
    else if (!pending.current) setLocal(value);
  }
  const change = useCallback(
    (next: T) => {
      setLocal(next);
      pending.current = true;
      startTransition(() => onChange(next));
    },
    [onChange],
  );
  const flush = useCallback(() => {
    if (!pending.current) return;
    pending.current = false;
    onChange(local);
  }, [onChange, local]);
  return { value: local, change, flush };
}
