import { describe, expect, it } from 'vitest';
import { readVariables } from '../../runtime';

describe('readVariables walks an expression without running it', () => {
  it('finds every path read with var, however deeply nested', () => {
    const expression = {
      and: [
        { '===': [{ var: 'answers.F03-offer-response.response' }, 'accepted'] },
        {
          or: [
            { '>': [{ var: 'answers.F07-adbb.total' }, { var: 'params.cutoff' }] },
            { '!!': [{ var: 'facts.child.birthDate' }] },
          ],
        },
        { if: [{ var: 'data.scores.eyeContact' }, { var: 'data.attempts.0.date' }, null] },
      ],
    };
    expect(readVariables(expression).variables.sort()).toEqual([
      'answers.F03-offer-response.response',
      'answers.F07-adbb.total',
      'data.attempts.0.date',
      'data.scores.eyeContact',
      'facts.child.birthDate',
      'params.cutoff',
    ]);
  });

  it('reads the path of a var with a default value, and each path once', () => {
    const expression = { '+': [{ var: ['data.a', 0] }, { var: ['data.a', 1] }, { var: 'data.b' }] };
    expect(readVariables(expression)).toEqual({ variables: ['data.a', 'data.b'], unknownOperators: [] });
  });

  it('reads the inner path of a computed var', () => {
    expect(readVariables({ var: { var: 'data.field' } }).variables).toEqual(['data.field']);
  });

  it('finds nothing in plain values and the whole-scope var', () => {
    for (const expression of [true, 3, 'data.response', null, [1, 2], { var: '' }]) {
      expect(readVariables(expression)).toEqual({ variables: [], unknownOperators: [] });
    }
  });

  it('lists the operators the engine does not know, once each', () => {
    const expression = { and: [{ eval: 'x' }, { regexMatch: [{ var: 'data.a' }, '^a'] }, { eval: 'y' }] };
    const { variables, unknownOperators } = readVariables(expression);
    expect(unknownOperators.sort()).toEqual(['eval', 'regexMatch']);
    expect(variables).toEqual(['data.a']);
  });

  it('knows the standard JSON Logic operators', () => {
    const expression = {
      if: [
        {
          and: [
            { '===': [1, 1] },
            { '!==': [1, 2] },
            { '<=': [1, 2, 3] },
            { in: ['a', 'abc'] },
            { '!': [false] },
          ],
        },
        { cat: ['a', { substr: ['abc', 1] }] },
        {
          reduce: [
            { map: [[1, 2], { '*': [{ var: '' }, 2] }] },
            { '+': [{ var: 'current' }, { var: 'accumulator' }] },
            0,
          ],
        },
      ],
    };
    expect(readVariables(expression).unknownOperators).toEqual([]);
  });

  it('lists names every JavaScript object inherits (constructor, toString, __proto__) as unknown operators', () => {
    // Built from JSON, as a stored definition is: `__proto__` is then an ordinary key.
    const expression = JSON.parse(
      '{"and": [{"constructor": ["x"]}, {"toString": []}, {"__proto__": [1]}]}',
    ) as unknown;
    expect(readVariables(expression).unknownOperators.sort()).toEqual([
      '__proto__',
      'constructor',
      'toString',
    ]);
  });
});
