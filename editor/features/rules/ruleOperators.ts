import type { RuleField, RuleOperator } from './ruleTypes';

const ORDERED: RuleOperator[] = ['=', '!=', '<', '<=', '>', '>=', 'between', 'null', 'notNull'];
const CHOICE: RuleOperator[] = ['=', '!=', 'in', 'notIn', 'null', 'notNull'];
const MULTIPLE: RuleOperator[] = ['contains', 'doesNotContain', 'notEmpty'];
const PLAIN: RuleOperator[] = ['=', '!=', 'null', 'notNull'];

/** The operators that make sense for a field: ordering for numbers and dates, membership for choices. */
export function getRuleOperators(field: RuleField | undefined): RuleOperator[] {
  if (!field) return ORDERED;
  if (field.multiple) return MULTIPLE;
  if (field.type === 'number' || field.type === 'integer' || field.type === 'date') return ORDERED;
  if (field.options && field.options.length > 0 && field.type === 'string') return CHOICE;
  return PLAIN;
}

/** Operators that take no value (the rule is complete with a field alone). */
export function isUnaryOperator(operator: string): boolean {
  return operator === 'null' || operator === 'notNull' || operator === 'notEmpty';
}

/** Operators whose value is a list (several codes, or the two ends of a range). */
export function isListOperator(operator: string): boolean {
  return operator === 'in' || operator === 'notIn' || operator === 'between';
}

/** Fields that can stand on the right-hand side of a comparison with `field` (e.g. a cut-off parameter). */
export function isComparable(left: RuleField, right: RuleField): boolean {
  const numeric = (type: RuleField['type']) => type === 'number' || type === 'integer';
  if (left.name === right.name || left.multiple || right.multiple) return false;
  return left.type === right.type || (numeric(left.type) && numeric(right.type));
}
