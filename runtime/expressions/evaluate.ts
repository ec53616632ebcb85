import { LogicEngine } from 'json-logic-engine';
import type { Expression } from '../definitions/types';
import { daysBetween, monthsBetween, toCalendarDate } from '../scheduling/dates';

/**
 * The one expression language: JSON Logic, interpreted with `run()` (never `build()`, which uses eval and
 * would break the worker app's CSP). One engine for guards, visibility rules and computed fields.
 */
const engine = new LogicEngine();
// The operator table is a plain object: without this, names every object inherits ('constructor',
// 'toString') would count as operators and call built-in functions.
Object.setPrototypeOf(engine.methods, null);

// Date arithmetic for guards (a child's age against an age band): dates or instants, null when either is missing.
const dateOperator = (between: (a: string, b: string) => number) => (args: unknown) => {
  const [a, b] = (Array.isArray(args) ? args : [args]).map(toCalendarDate);
  return a && b ? between(a, b) : null;
};
engine.addMethod('monthsBetween', dateOperator(monthsBetween), { deterministic: true });
engine.addMethod('daysBetween', dateOperator(daysBetween), { deterministic: true });

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);
const safeForms = new WeakMap<object, Expression>();

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly expression: Expression,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}

export function evaluateExpression(expression: Expression, data: Record<string, unknown>): unknown {
  try {
    return engine.run(toSafe(expression) as Parameters<LogicEngine['run']>[0], data) as unknown;
  } catch (error) {
    const reason = error instanceof Error && error.message ? error.message : describeOperator(expression);
    throw new ExpressionError(`Expression could not be evaluated: ${reason}`, expression);
  }
}

/**
 * A `var` whose path walks into JavaScript internals (`__proto__`, `constructor`) reads null instead: data
 * lookups stay in the data. Computed once per expression object, as definitions are long-lived.
 */
function toSafe(expression: Expression): Expression {
  if (!expression || typeof expression !== 'object') return expression;
  let safe = safeForms.get(expression);
  if (safe === undefined) {
    safe = rewrite(expression);
    safeForms.set(expression, safe);
  }
  return safe;
}

function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite);
  if (!node || typeof node !== 'object') return node;
  const entries: [string, unknown][] = Object.entries(node as Record<string, unknown>);
  if (entries.length === 1 && entries[0]![0] === 'var') {
    const argument = entries[0]![1];
    const path = Array.isArray(argument) ? (argument as unknown[])[0] : argument;
    if (typeof path === 'string' && path.split('.').some((segment) => FORBIDDEN_SEGMENTS.has(segment)))
      return null;
  }
  return Object.fromEntries(entries.map(([key, value]) => [key, rewrite(value)]));
}

/** JSON Logic truthiness, so that guards and visibility rules agree with the library's `if`. */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

/** The operator names the engine knows; definitions using others are rejected when they load. */
export function isKnownOperator(name: string): boolean {
  return Object.hasOwn(engine.methods as object, name);
}

function describeOperator(expression: Expression): string {
  if (expression && typeof expression === 'object' && !Array.isArray(expression)) {
    const [operator] = Object.keys(expression);
    if (operator && !isKnownOperator(operator)) return `unknown operator '${operator}'`;
  }
  return 'invalid expression';
}
