import { isListOperator } from './ruleOperators';
import type { BuilderQuery, BuilderRule, RuleField } from './ruleTypes';

type Logic = Record<string, unknown>;

/**
 * The builder's query as the project's expression language (JSON Logic with `===`/`!==`, see
 * runtime/expressions). Incomplete rules (no field, no value yet) are left out, so a half-typed rule never
 * reaches the definition; an empty query is `undefined` (no condition). A root group with one rule is that
 * rule alone, so simple conditions stay as simple as hand-written ones.
 */
export function toJsonLogic(query: BuilderQuery, fields: readonly RuleField[]): unknown {
  const byName = new Map(fields.map((field) => [field.name, field]));
  return toGroupLogic(query, byName, true);
}

function toGroupLogic(group: BuilderQuery, byName: Map<string, RuleField>, isRoot: boolean): unknown {
  const parts = group.rules
    .map((child) => ('rules' in child ? toGroupLogic(child, byName, false) : toRuleLogic(child, byName)))
    .filter((part) => part !== undefined);
  if (parts.length === 0) return undefined;
  if (group.not) return { '!': [parts.length === 1 ? parts[0] : { [group.combinator]: parts }] };
  if (isRoot && parts.length === 1) return parts[0];
  return { [group.combinator]: parts };
}

function toRuleLogic(rule: BuilderRule, byName: Map<string, RuleField>): Logic | undefined {
  if (!rule.field) return undefined;
  const field = byName.get(rule.field);
  const variable =
    rule.meta?.varDefault !== undefined ? { var: [rule.field, rule.meta.varDefault] } : { var: rule.field };
  const negate = (logic: Logic): Logic => (rule.meta?.bareNot ? { '!': logic } : { '!': [logic] });
  const operator = rule.operator;
  if (operator === 'null') return { '===': [variable, null] };
  if (operator === 'notNull') return { '!==': [variable, null] };
  if (operator === 'notEmpty') return { '!!': [variable] };

  if (isListOperator(operator)) {
    const list = toList(rule.value).map((item) => toScalar(item, field));
    if (list.length === 0 || list.some((item) => item === undefined)) return undefined;
    if (operator === 'between') return list.length === 2 ? { '<=': [list[0], variable, list[1]] } : undefined;
    const logic = { in: [variable, list] };
    return operator === 'notIn' ? negate(logic) : logic;
  }

  const other = rule.valueSource === 'field' ? toFieldReference(rule.value) : toScalar(rule.value, field);
  if (other === undefined) return undefined;
  switch (operator) {
    case '=':
      return { '===': [variable, other] };
    case '!=':
      return { '!==': [variable, other] };
    case '<':
    case '<=':
    case '>':
    case '>=':
      return { [operator]: [variable, other] };
    case 'contains':
      return { in: [other, variable] };
    case 'doesNotContain':
      return negate({ in: [other, variable] });
    default:
      return undefined;
  }
}

function toFieldReference(value: unknown): Logic | undefined {
  return typeof value === 'string' && value !== '' ? { var: value } : undefined;
}

function toList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') return value.split(',').map((item) => item.trim());
  return [];
}

/** A typed value as the field's type wants it: numbers as numbers, yes/no as booleans, codes as strings. */
export function toScalar(
  value: unknown,
  field: RuleField | undefined,
): string | number | boolean | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  if (value === '') return undefined;
  switch (field?.type) {
    case 'number':
    case 'integer': {
      const number = typeof value === 'number' ? value : Number(String(value).trim());
      return Number.isFinite(number) ? number : undefined;
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      return undefined;
    default:
      return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
  }
}
