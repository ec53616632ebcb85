import { describe, expect, it } from 'vitest';
import {
  createLibrary,
  getDue,
  startPathway,
  step,
  type CompiledWorkflow,
  type PathwaySnapshot,
} from '../../runtime';

const text = (da: string, en: string) => ({ da, en });

/**
 * A small workflow with one due rule per anchor: a reminder 4 weeks before the due date (sent as an event),
 * then in parallel a visit 2 months after the birth (window from a parameter) and a follow-up 2 weeks after
 * the step was entered (a fixed window).
 */
const schedulingWorkflow = {
  kind: 'workflow',
  formatVersion: 1,
  id: 'test.scheduling',
  version: 1,
  title: text('Planlægning', 'Scheduling'),
  roles: ['sundhedsplejerske'],
  parameters: {
    windowDays: { title: text('Vindue', 'Window'), schema: { type: 'integer', minimum: 0 }, default: 7 },
  },
  forms: {},
  machine: {
    initial: 'waiting',
    states: {
      waiting: {
        meta: {
          title: text('Venter', 'Waiting'),
          due: { anchor: 'child.dueDate', offset: { weeks: -4 }, event: 'DUE_REMINDER' },
        },
        on: { DUE_REMINDER: 'care' },
      },
      care: {
        type: 'parallel',
        states: {
          visit: {
            initial: 'open',
            states: {
              open: {
                meta: {
                  title: text('Besøg', 'Visit'),
                  due: {
                    anchor: 'child.birthDate',
                    offset: { months: 2 },
                    windowDays: { param: 'windowDays' },
                  },
                },
              },
            },
          },
          followUp: {
            initial: 'open',
            states: {
              open: {
                meta: {
                  title: text('Opfølgning', 'Follow-up'),
                  due: { anchor: 'stateEntry', offset: { weeks: 2 }, windowDays: 3 },
                },
              },
            },
          },
        },
      },
    },
  },
};

const workflow: CompiledWorkflow = (() => {
  const found = createLibrary([
    { source: 'workflows/test.scheduling.v1.json', content: schedulingWorkflow },
  ]).getWorkflow('test.scheduling', 1);
  if (!found) throw new Error('the scheduling workflow did not load');
  return found;
})();

const START = new Date('2027-01-10T09:00:00Z');
const ENTERED_CARE = new Date('2027-02-21T08:00:00Z');

function inCare(
  facts: PathwaySnapshot['context']['facts'],
  params?: Record<string, unknown>,
): PathwaySnapshot {
  const started = startPathway(workflow, { facts, ...(params ? { params } : {}) }, START).snapshot;
  const result = step(workflow, started, { type: 'DUE_REMINDER' }, ENTERED_CARE);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.snapshot;
}

describe('getDue computes due dates from the family’s data, never from timers', () => {
  it('anchors on the due date, with the offset, and carries the event the scheduler sends', () => {
    const { snapshot } = startPathway(workflow, { facts: { child: { dueDate: '2027-03-20' } } }, START);
    expect(getDue(workflow, snapshot)).toEqual([
      {
        state: 'waiting',
        title: text('Venter', 'Waiting'),
        dueDate: '2027-02-20',
        windowStart: '2027-02-20',
        windowEnd: '2027-02-20',
        event: 'DUE_REMINDER',
        forms: [],
      },
    ]);
  });

  it('has no date while the anchor is unknown', () => {
    const { snapshot } = startPathway(workflow, { facts: { child: {} } }, START);
    expect(getDue(workflow, snapshot)).toEqual([
      expect.objectContaining({ state: 'waiting', dueDate: null, windowStart: null, windowEnd: null }),
    ]);
  });

  it('anchors on the birth date, with a window of the parameter’s default', () => {
    const snapshot = inCare({ child: { dueDate: '2027-03-20', birthDate: '2027-03-31' } });
    expect(getDue(workflow, snapshot).find((d) => d.state === 'care.visit.open')).toMatchObject({
      dueDate: '2027-05-31',
      windowStart: '2027-05-24',
      windowEnd: '2027-06-07',
    });
  });

  it('takes the window from the municipality’s value of the parameter', () => {
    const snapshot = inCare({ child: { birthDate: '2027-03-31' } }, { windowDays: 10 });
    expect(getDue(workflow, snapshot).find((d) => d.state === 'care.visit.open')).toMatchObject({
      dueDate: '2027-05-31',
      windowStart: '2027-05-21',
      windowEnd: '2027-06-10',
    });
  });

  it('anchors stateEntry on the calendar day the step was entered, with a fixed window', () => {
    const snapshot = inCare({ child: {} });
    expect(getDue(workflow, snapshot).find((d) => d.state === 'care.followUp.open')).toMatchObject({
      dueDate: '2027-03-07',
      windowStart: '2027-03-04',
      windowEnd: '2027-03-10',
    });
  });

  it('computes a birth-anchored date once the birth is registered, keeping the stateEntry date', () => {
    // Given a family in care before the birth, when the birth is registered three weeks later
    const before = inCare({ child: { dueDate: '2027-03-20' } });
    const result = step(
      workflow,
      before,
      { type: 'CHILD_BORN', birthDate: '2027-03-18' },
      new Date('2027-03-19T10:00:00Z'),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    // Then the visit gets a date from the birth, and the follow-up still counts from when care began
    expect(getDue(workflow, before).find((d) => d.state === 'care.visit.open')?.dueDate).toBeNull();
    expect(result.due.find((d) => d.state === 'care.visit.open')?.dueDate).toBe('2027-05-18');
    expect(result.due.find((d) => d.state === 'care.followUp.open')?.dueDate).toBe('2027-03-07');
  });

  it('lists due items by date, those without a date last', () => {
    const withBirth = inCare({ child: { birthDate: '2027-01-05' } });
    expect(getDue(workflow, withBirth).map((d) => d.dueDate)).toEqual(['2027-03-05', '2027-03-07']);
    const withoutBirth = inCare({ child: {} });
    expect(getDue(workflow, withoutBirth).map((d) => d.state)).toEqual([
      'care.followUp.open',
      'care.visit.open',
    ]);
  });

  it('has nothing due once the pathway is done', () => {
    const snapshot = inCare({ child: { birthDate: '2027-01-05' } });
    expect(getDue(workflow, { ...snapshot, status: 'done' })).toEqual([]);
  });
});
