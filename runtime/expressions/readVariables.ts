import type { Expression } from '../definitions/types';
import { isKnownOperator } from './evaluate';

export interface ExpressionFacts {
  /** Every path the expression reads with `var` (literal paths only). */
  variables: string[];
  /** Operators the engine does not know. */
  unknownOperators: string[];
}

/** Walks an expression without running it: what it reads and which operators it uses. */
export function readVariables(expression: Expression): ExpressionFacts {
  const variables = new Set<string>();
  const unknownOperators = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [operator, argument] of Object.entries(node as Record<string, unknown>)) {
      if (!isKnownOperator(operator)) unknownOperators.add(operator);
      if (operator === 'var') {
        const path = Array.isArray(argument) ? (argument as unknown[])[0] : argument;
        if (typeof path === 'string' && path !== '') variables.add(path);
        else if (path !== undefined && path !== '' && typeof path !== 'number') visit(path);
      } else {
        visit(argument);
      }
    }
  };
  visit(expression);
  return { variables: [...variables], unknownOperators: [...unknownOperators] };
}
