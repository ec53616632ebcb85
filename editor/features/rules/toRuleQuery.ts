import { toJsonLogic } from './toJsonLogic';
import type { BuilderQuery, BuilderRule, RuleField, RuleOperator } from './ruleTypes';

type Scalar = string | number | boolean;
let nextId = 0;
const newId = () => `rule-${++nextId}`;

/**
 * Reads a JSON Logic expression into the visual builder's query, or `null` when the expression uses
 * shapes the builder cannot show (an `if`, arithmetic, …). It only accepts a reading that writes back to
 * exactly the same expression, so opening and closing a rule never changes it.
 */
export function toRuleQuery(expression: unknown, fields: readonly RuleField[]): BuilderQuery | null {
  if (expression === undefined || expression === null) return { id: newId(), combinator: 'and', rules: [] };
  const query = readRoot(expression);
  if (!query) return null;
  const known = withReferencedFields(fields, query);
  return JSON.stringify(toJsonLogic(query, known)) === JSON.stringify(expression) ? query : null;
}

/** The fields plus any variable the query reads that the list lacks, so that nothing read is dropped. */
export function withReferencedFields(fields: readonly RuleField[], query: BuilderQuery): RuleField[] {
  const names = new Set(fields.map((field) => field.name));
  const extra: RuleField[] = [];
  const visit = (group: BuilderQuery) => {
    for (const child of group.rules) {
      if ('rules' in child) {
        visit(child);
        continue;
      }
      const references = [child.field, ...(child.valueSource === 'field' ? [String(child.value)] : [])];
      for (const name of references) {
        if (!name || names.has(name)) continue;
        names.add(name);
        extra.push({ name, label: name, type: toInferredType(child.value) });
      }
    }
  };
  visit(query);
  return extra.length ? [...fields, ...extra] : [...fields];
}

function toInferredType(value: unknown): RuleField['type'] {
  const sample = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof sample === 'number') return 'number';
  if (sample === 'true' || sample === 'false' || typeof sample === 'boolean') return 'boolean';
  return 'string';
}

function readRoot(expression: unknown): BuilderQuery | null {
  const rule = readRule(expression);
  if (rule) return { id: newId(), combinator: 'and', rules: [rule] };
  return readGroup(expression);
}

function readGroup(expression: unknown): BuilderQuery | null {
  const [operator, argument] = readNode(expression) ?? [];
  if (operator === '!') {
    const inner = Array.isArray(argument) && argument.length === 1 ? (argument as unknown[])[0] : undefined;
    const rule = readRule(inner);
    if (rule) return { id: newId(), combinator: 'and', not: true, rules: [rule] };
    const group = readGroup(inner);
    return group && !group.not ? { ...group, not: true } : null;
  }
  if ((operator !== 'and' && operator !== 'or') || !Array.isArray(argument)) return null;
  const rules: BuilderQuery['rules'] = [];
  for (const child of argument as unknown[]) {
    const read = readRule(child) ?? readGroup(child);
    if (!read) return null;
    rules.push(read);
  }
  return { id: newId(), combinator: operator, rules };
}

function readRule(expression: unknown): BuilderRule | null {
  const node = readNode(expression);
  if (!node) return null;
  const [operator, argument] = node;
  const args = Array.isArray(argument) ? (argument as unknown[]) : null;
  const rule = (
    field: ReturnType<typeof readVar>,
    op: RuleOperator,
    value: unknown,
    extra?: Partial<BuilderRule>,
  ) =>
    field
      ? ({
          id: newId(),
          field: field.path,
          operator: op,
          value: toEditorValue(value),
          ...(field.hasDefault ? { meta: { varDefault: field.default } } : {}),
          ...extra,
        } as BuilderRule)
      : null;

  if ((operator === '===' || operator === '!==') && args?.length === 2) {
    const [left, right] = args;
    if (right === null) return rule(readVar(left), operator === '===' ? 'null' : 'notNull', '');
    const other = readVar(right);
    const op = operator === '===' ? '=' : '!=';
    if (other && !other.hasDefault) return rule(readVar(left), op, other.path, { valueSource: 'field' });
    return isScalar(right) ? rule(readVar(left), op, right) : null;
  }
  if (operator === '<=' && args?.length === 3 && isScalar(args[0]) && isScalar(args[2]))
    return rule(readVar(args[1]), 'between', [args[0], args[2]]);
  if (
    (operator === '<' || operator === '<=' || operator === '>' || operator === '>=') &&
    args?.length === 2
  ) {
    const other = readVar(args[1]);
    if (other && !other.hasDefault)
      return rule(readVar(args[0]), operator, other.path, { valueSource: 'field' });
    return isScalar(args[1]) ? rule(readVar(args[0]), operator, args[1]) : null;
  }
  if (operator === 'in' && args?.length === 2) {
    const [left, right] = args;
    if (Array.isArray(right) && right.length > 0 && right.every(isScalar))
      return rule(readVar(left), 'in', right);
    if (isScalar(left)) return rule(readVar(right), 'contains', left);
    return null;
  }
  if (operator === '!!' && args?.length === 1) return rule(readVar(args[0]), 'notEmpty', '');
  if (operator === '!') {
    const bareNot = !args;
    const inner = readRule(args ? (args.length === 1 ? args[0] : undefined) : argument);
    if (inner?.operator === 'in' || inner?.operator === 'contains') {
      const negated: RuleOperator = inner.operator === 'in' ? 'notIn' : 'doesNotContain';
      return { ...inner, operator: negated, meta: { ...inner.meta, ...(bareNot ? { bareNot } : {}) } };
    }
  }
  return null;
}

function readNode(expression: unknown): [string, unknown] | null {
  if (!expression || typeof expression !== 'object' || Array.isArray(expression)) return null;
  const entries = Object.entries(expression);
  return entries.length === 1 ? entries[0]! : null;
}

function readVar(expression: unknown): { path: string; hasDefault: boolean; default?: unknown } | null {
  const node = readNode(expression);
  if (!node || node[0] !== 'var') return null;
  const argument = node[1];
  if (typeof argument === 'string' && argument !== '') return { path: argument, hasDefault: false };
  if (
    Array.isArray(argument) &&
    argument.length === 2 &&
    typeof argument[0] === 'string' &&
    argument[0] !== ''
  )
    return { path: argument[0], hasDefault: true, default: argument[1] as unknown };
  return null;
}

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Values as the editors hold them: yes/no as the select's 'true'/'false', lists item by item. */
function toEditorValue(value: unknown): unknown {
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return (value as unknown[]).map((item) => (typeof item === 'boolean' ? String(item) : item));
  return value;
}
