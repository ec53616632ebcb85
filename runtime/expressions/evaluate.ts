import { LogicEngine } from 'json-logic-engine';
import type { Expression } from '../definitions/types';

/**
 * The one expression language: JSON Logic, interpreted with `run()` (never `build()`, which uses eval and
 * would break the worker app's CSP). One engine for guards, visibility rules and computed fields.
 */
const engine = new LogicEngine();

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
    return engine.run(expression as Parameters<LogicEngine['run']>[0], data) as unknown;
  } catch (error) {
    const reason = error instanceof Error && error.message ? error.message : describeOperator(expression);
    throw new ExpressionError(`Expression could not be evaluated: ${reason}`, expression);
  }
}

/** JSON Logic truthiness, so that guards and visibility rules agree with the library's `if`. */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

/** The operator names the engine knows; definitions using others are rejected when they load. */
export function isKnownOperator(name: string): boolean {
  return name in engine.methods;
}

function describeOperator(expression: Expression): string {
  if (expression && typeof expression === 'object' && !Array.isArray(expression)) {
    const [operator] = Object.keys(expression);
    if (operator && !isKnownOperator(operator)) return `unknown operator '${operator}'`;
  }
  return 'invalid expression';
}
