/**
 * Caps on staff-edited definitions: untrusted input that every server process and browser compiles. The
 * seeds stay far below them (largest 42 KB, depth 22, under 100 fields, under 60 states).
 */
export const DEFINITION_LIMITS = {
  /** Bytes of the definition's JSON (UTF-8). */
  maxBytes: 512 * 1024,
  /** Nesting of objects and arrays. */
  maxDepth: 64,
  /** Fields a form declares (nested fields and array items included). */
  maxFields: 500,
  /** States of a workflow (nested states included). */
  maxStates: 300,
  /** Transitions of a workflow (`on`, `always`, `onDone`, all states). */
  maxTransitions: 2000,
  /** Characters of one regular expression (`pattern`, a `patternProperties` key). */
  maxPatternLength: 1000,
} as const;
