import { afterEach, describe, expect, it } from 'vitest';
import { evaluateExpression } from '../../runtime';

const scope = {
  data: {
    response: 'accepted',
    score: 7,
    scores: { eyeContact: 2, smiling: 0 },
    attempts: [{ channel: 'phone' }, { channel: 'sms' }],
  },
  params: { cutoff: 5, empty: null },
};

describe('evaluateExpression reads data with var', () => {
  it.each([
    { expression: { var: 'data.response' }, result: 'accepted' },
    { expression: { var: 'data.scores.eyeContact' }, result: 2 },
    { expression: { var: 'data.scores.smiling' }, result: 0 },
    { expression: { var: 'data.attempts.1.channel' }, result: 'sms' },
    { expression: { var: ['data.missing', 'fallback'] }, result: 'fallback' },
    { expression: { var: 'data.scores.missing' }, result: null },
    { expression: { var: 'data.missing.deeper.still' }, result: null },
  ])('$expression gives $result', ({ expression, result }) => {
    expect(evaluateExpression(expression, scope)).toEqual(result);
  });

  it('combines reads with operators, as a guard or computed field does', () => {
    expect(evaluateExpression({ '>': [{ var: 'data.score' }, { var: 'params.cutoff' }] }, scope)).toBe(true);
    expect(
      evaluateExpression(
        { '+': [{ var: 'data.scores.eyeContact' }, { var: 'data.scores.smiling' }, 1] },
        scope,
      ),
    ).toBe(3);
    expect(
      evaluateExpression({ if: [{ '===': [{ var: 'params.empty' }, null] }, 'manual', 'score'] }, scope),
    ).toBe('manual');
  });

  it('compares strictly with ===, unlike JSON Logic’s loose ==', () => {
    expect(evaluateExpression({ '===': [{ var: 'data.scores.smiling' }, null] }, scope)).toBe(false);
    expect(evaluateExpression({ '===': [{ var: 'data.score' }, '7'] }, scope)).toBe(false);
    expect(evaluateExpression({ '==': [{ var: 'data.score' }, '7'] }, scope)).toBe(true);
  });

  it('returns plain values as they are', () => {
    expect(evaluateExpression(true, scope)).toBe(true);
    expect(evaluateExpression(42, scope)).toBe(42);
    expect(evaluateExpression('process.exit(1)', scope)).toBe('process.exit(1)');
  });
});

describe('evaluateExpression cannot run code', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it.each<{ operator: string; expression: unknown }>([
    { operator: 'eval', expression: { eval: '1 + 1' } },
    { operator: 'Function', expression: { Function: ['return process'] } },
    { operator: 'require', expression: { require: 'node:fs' } },
  ])('rejects the unknown operator $operator, naming it', ({ operator, expression }) => {
    expect(() => evaluateExpression(expression, scope)).toThrow(`unknown operator '${operator}'`);
  });

  it.each<{ operator: string; expression: unknown }>([
    { operator: 'constructor', expression: { constructor: 'alert(1)' } },
    { operator: 'toString', expression: { toString: [] } },
  ])(
    'rejects $operator, a method every JavaScript object inherits, as an unknown operator',
    ({ operator, expression }) => {
      // An operator name is looked up in the engine's table of operators; an inherited method is not one of them.
      expect(() => evaluateExpression(expression, scope)).toThrow(`unknown operator '${operator}'`);
    },
  );

  it('does not execute a code string handed to an unknown operator', () => {
    const marker = globalThis as { forloebExecuted?: boolean };
    expect(() => evaluateExpression({ eval: 'globalThis.forloebExecuted = true' }, scope)).toThrow();
    expect(marker.forloebExecuted).toBeUndefined();
  });

  it.each([
    'constructor',
    'constructor.constructor',
    'data.constructor',
    'data.toString',
    'data.__proto__.constructor',
  ])('does not reach JavaScript internals through the path %j', (path) => {
    const result = evaluateExpression({ var: path }, scope);
    expect(typeof result).not.toBe('function');
    expect(result).not.toBe(Object.prototype);
  });

  it('does not hand out Object.prototype through __proto__', () => {
    const result = evaluateExpression({ var: '__proto__' }, scope);
    expect(result).not.toBe(Object.prototype);
    expect(evaluateExpression({ var: '__proto__.polluted' }, {})).toBeNull();
  });

  it('does not pollute prototypes through data it reads', () => {
    const hostile = JSON.parse('{"data":{"__proto__":{"polluted":true}}}') as Record<string, unknown>;
    evaluateExpression({ var: 'data.__proto__.polluted' }, hostile);
    evaluateExpression({ '===': [{ var: 'data.polluted' }, true] }, hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
