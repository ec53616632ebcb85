import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJsonLogic } from '../../editor/features/rules/toJsonLogic';
import { toRuleQuery, withReferencedFields } from '../../editor/features/rules/toRuleQuery';
import type { BuilderQuery, RuleField } from '../../editor/features/rules/ruleTypes';
import { evaluateExpression, readVariables } from '../../runtime';

const fields: RuleField[] = [
  { name: 'data.total', label: 'Total', type: 'integer' },
  { name: 'params.cutoff', label: 'Cut-off', type: 'integer' },
  {
    name: 'data.phase',
    label: 'Fase',
    type: 'string',
    options: [
      { value: 'pregnancy', label: 'Graviditet' },
      { value: 'postnatal', label: 'Efter fødsel' },
    ],
  },
  { name: 'data.consent', label: 'Samtykke', type: 'boolean' },
  {
    name: 'data.topics',
    label: 'Emner',
    type: 'string',
    multiple: true,
    options: [{ value: 'other', label: 'Andet' }],
  },
  { name: 'data.visitDate', label: 'Dato', type: 'date' },
];

const rule = (field: string, operator: string, value: unknown, extra: object = {}) => ({
  field,
  operator,
  value,
  ...extra,
});
const group = (combinator: string, rules: unknown[], not = false) =>
  ({ combinator, rules, not }) as BuilderQuery;

describe('toJsonLogic', () => {
  it('writes strict comparisons, typed values and parameter references', () => {
    const query = group('and', [
      rule('data.phase', '=', 'pregnancy'),
      rule('data.total', '>', 'params.cutoff', { valueSource: 'field' }),
      rule('data.consent', '!=', 'false'),
      rule('data.total', 'between', ['3', '9']),
    ]);
    expect(toJsonLogic(query, fields)).toEqual({
      and: [
        { '===': [{ var: 'data.phase' }, 'pregnancy'] },
        { '>': [{ var: 'data.total' }, { var: 'params.cutoff' }] },
        { '!==': [{ var: 'data.consent' }, false] },
        { '<=': [3, { var: 'data.total' }, 9] },
      ],
    });
  });

  it('leaves out incomplete rules and gives undefined for no condition', () => {
    expect(toJsonLogic(group('and', [rule('data.total', '>', '')]), fields)).toBeUndefined();
    expect(
      toJsonLogic(group('or', [rule('data.total', '>', ''), rule('data.total', 'null', '')]), fields),
    ).toEqual({
      '===': [{ var: 'data.total' }, null],
    });
  });

  it('writes membership for choices and multiple choices, and negation', () => {
    const query = group(
      'or',
      [rule('data.phase', 'notIn', ['pregnancy']), rule('data.topics', 'contains', 'other')],
      true,
    );
    const logic = toJsonLogic(query, fields);
    expect(logic).toEqual({
      '!': [
        {
          or: [
            { '!': [{ in: [{ var: 'data.phase' }, ['pregnancy']] }] },
            { in: ['other', { var: 'data.topics' }] },
          ],
        },
      ],
    });
    expect(readVariables(logic).unknownOperators).toEqual([]);
    expect(evaluateExpression(logic, { data: { phase: 'postnatal', topics: [] } })).toBe(false);
    expect(evaluateExpression(logic, { data: { phase: 'pregnancy', topics: ['x'] } })).toBe(true);
  });
});

describe('toRuleQuery', () => {
  it('reads a rule it wrote and writes it back unchanged', () => {
    const logic = {
      and: [
        { '===': [{ var: 'data.phase' }, 'pregnancy'] },
        { '>': [{ var: 'data.total' }, { var: 'params.cutoff' }] },
      ],
    };
    const query = toRuleQuery(logic, fields);
    expect(query).not.toBeNull();
    expect(query!.rules).toHaveLength(2);
    expect(toJsonLogic(query!, fields)).toEqual(logic);
  });

  it('gives an empty query for no rule and null for shapes it cannot show', () => {
    expect(toRuleQuery(undefined, fields)?.rules).toEqual([]);
    expect(toRuleQuery({ if: [{ var: 'data.consent' }, true, false] }, fields)).toBeNull();
    expect(toRuleQuery({ '+': [1, 2] }, fields)).toBeNull();
    // A number field compared with a string would change on write-back: not shown visually.
    expect(toRuleQuery({ '===': [{ var: 'data.total' }, '3'] }, fields)).toBeNull();
  });

  it('keeps variables that are not in the field list', () => {
    const logic = { '===': [{ var: 'data.unknownField' }, 'yes'] };
    const query = toRuleQuery(logic, fields);
    expect(query?.rules[0]).toMatchObject({ field: 'data.unknownField', operator: '=', value: 'yes' });
  });

  it('round-trips every seed visibility rule it can read, and reads the simple ones', () => {
    const folder = join(import.meta.dirname, '../../definitions/forms');
    let read = 0;
    let total = 0;
    for (const file of readdirSync(folder)) {
      const form = JSON.parse(readFileSync(join(folder, file), 'utf8')) as {
        visibility?: Record<string, unknown>;
      };
      for (const expression of Object.values(form.visibility ?? {})) {
        total += 1;
        const query = toRuleQuery(expression, []);
        if (!query) continue;
        read += 1;
        expect(toJsonLogic(query, withReferencedFields([], query))).toEqual(expression);
      }
    }
    expect(total).toBeGreaterThan(20);
    // Most seed rules are plain comparisons and membership tests; only `if` forms fall back to JSON.
    expect(read / total).toBeGreaterThan(0.7);
  });
});
