import { describe, expect, it } from 'vitest';
import {
  checkSubmission,
  compileForm,
  createAjv,
  step,
  type FormDefinition,
  type PathwaySnapshot,
} from '../../runtime';
import { formData, getIshoejD1, stepOk, submit, toCourse, walk } from './ishoejD1Journey';

/**
 * step() keeps what is pure per machine between calls (the state nodes of a state value, the inert actor
 * transitions run in). These tests make sure nothing of one step leaks into the next.
 */
const workflow = getIshoejD1();
const NOW = new Date('2027-04-01T09:00:00Z');
const BORN = { child: { birthDate: '2027-01-20' } };

/** A family in the course whose child is born: the 2-month ADBB is due. */
const atAdbb2m = (): PathwaySnapshot => walk(BORN, toCourse).snapshot;

describe('steps from the same state are independent of each other', () => {
  it('gives each ADBB its own guard result, effects and answers, in any order', () => {
    // Given one snapshot at the 2-month ADBB and a copy of it
    const snapshot = atAdbb2m();
    const before = structuredClone(snapshot);
    // When an ADBB over the cut-off, one under it and one over it again are stepped from it
    const results = [true, false, true].map((over) =>
      stepOk(workflow, snapshot, submit('F07-adbb', formData.adbb(over)), NOW),
    );
    // Then only the ones over the cut-off carry the flag, each keeps its own answer, all move on
    expect(results.map((r) => r.effects.map((e) => e.type))).toEqual([['flag'], [], ['flag']]);
    expect(results.map((r) => r.snapshot.context.answers['F07-adbb']?.overCutoff)).toEqual([
      true,
      false,
      true,
    ]);
    for (const result of results) expect(result.transition?.to).toContain('course.screening.adbb4m');
    // And the snapshot they came from is unchanged
    expect(snapshot).toEqual(before);
  });

  it('returns an effect once per step, never one left over from an earlier step', () => {
    const snapshot = atAdbb2m();
    const refer = () => stepOk(workflow, snapshot, { type: 'REFER' }, NOW);
    expect(refer().effects).toEqual([{ type: 'startPathway', params: { workflow: 'referral' } }]);
    expect(refer().effects).toHaveLength(1);
    expect(stepOk(workflow, snapshot, submit('F07-adbb', formData.adbb(false)), NOW).effects).toEqual([]);
  });

  it('still refuses a state value the machine does not have, with XState’s own error', () => {
    const snapshot = { ...atAdbb2m(), value: { course: { visits: 'nowhere', screening: 'adbb2m' } } };
    expect(() => step(workflow, snapshot, { type: 'REFER' }, NOW)).toThrow();
  });
});

describe('checkSubmission drops a hidden field without touching the data it is given', () => {
  const form = compileForm(
    {
      id: 'T01-nested',
      version: 1,
      schema: {
        type: 'object',
        properties: {
          smoking: { type: 'boolean' },
          details: {
            type: 'object',
            properties: { perDay: { type: 'integer' }, note: { type: 'string' } },
          },
          other: { type: 'object', properties: { kept: { type: 'string' } } },
        },
      },
      visibility: { 'details.perDay': { '===': [{ var: 'data.smoking' }, true] } },
    } as unknown as FormDefinition,
    createAjv(),
  );

  it('removes a nested hidden field from the result only', () => {
    // Given a non-smoker's answers with a leftover, invalid number of cigarettes
    const input = { smoking: false, details: { perDay: 'many', note: 'stopped' }, other: { kept: 'x' } };
    const before = structuredClone(input);
    // When they are checked
    const result = checkSubmission(form, input);
    // Then they pass without the hidden field, and the given data is unchanged
    expect(result).toEqual({
      ok: true,
      data: { smoking: false, details: { note: 'stopped' }, other: { kept: 'x' } },
      computed: {},
    });
    expect(input).toEqual(before);
  });

  it('keeps and validates the field while it is shown', () => {
    const result = checkSubmission(form, { smoking: true, details: { perDay: 'many' } });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['details.perDay']);
  });
});
