import type { DefinitionIssue } from './DefinitionError';
import { DEFINITION_LIMITS } from './definitionLimits';

/**
 * Keys that could reach an object's prototype when a definition is copied or merged (`__proto__`, and the
 * `constructor.prototype` path through its second step). `constructor` alone is left to the specific checks
 * (e.g. "unknown operator 'constructor'" in an expression), which say more.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype']);

/**
 * The first check of a definition, before anything else reads it: plain JSON only, not nested too deep,
 * not too large, no prototype keys, no `$data`. It walks without recursion, so hostile nesting cannot
 * overflow the stack, and stops at the first problem of each kind.
 */
export function checkDefinitionLimits(content: unknown, source: string): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const add = (path: string, message: string) => issues.push({ source, path, message });
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: content, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) add(path || '/', 'is not a finite number');
      continue;
    }
    if (typeof value !== 'object') {
      add(path || '/', `is a ${typeof value}, which JSON cannot hold`);
      continue;
    }
    if (depth >= DEFINITION_LIMITS.maxDepth) {
      add(path || '/', `is nested more than ${DEFINITION_LIMITS.maxDepth} levels deep`);
      return issues;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}/${i}`, depth: depth + 1 }));
      continue;
    }
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      add(path || '/', 'is not a plain JSON object');
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = `${path}/${escapePointer(key)}`;
      if (FORBIDDEN_KEYS.has(key)) add(at, `the key '${key}' is not allowed`);
      else if (key === '$data') add(at, '`$data` references are not allowed');
      else stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  if (issues.length > 0) return issues;
  const bytes = new TextEncoder().encode(JSON.stringify(content)).length;
  if (bytes > DEFINITION_LIMITS.maxBytes)
    add('/', `is ${bytes} bytes; a definition may be at most ${DEFINITION_LIMITS.maxBytes} bytes`);
  return issues;
}

/** JSON Pointer escaping (RFC 6901), so a path names a key with `/` or `~` in it exactly. */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
