import { deepEquals } from '@rjsf/utils';
import { useState } from 'react';

/**
 * `value`, or the one given before when it is deeply equal. rjsf compares its props and formContext deeply and
 * recomputes the whole form's state (defaults, schema resolution) when they differ; a value recomputed at every
 * keystroke to the same content (the hidden fields, the server's errors) must keep its identity to spare that.
 */
export function useStableValue<T>(value: T): T {
  const [stable, setStable] = useState(value);
  if (Object.is(stable, value) || deepEquals(stable, value)) return stable;
  setStable(value);
  return value;
}
