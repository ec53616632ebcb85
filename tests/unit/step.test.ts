import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPathway, step, type PathwayEvent, type PathwaySnapshot } from '../../runtime';
import { childBorn, formData, getIshoejD1, PREGNANT, submit, toCourse, walk } from './ishoejD1Journey';

const workflow = getIshoejD1();
const NOW = new Date('2027-01-10T09:00:00Z');

/** A family in the course, pregnant: the extra pregnancy visit is due, the ADBB waits for the birth. */
const inCourse = (): PathwaySnapshot => walk(PREGNANT, toCourse).snapshot;

describe('step refuses what the pathway cannot take, as data', () => {
  it('refuses an event the current state does not accept', () => {
    // Given a family at registration, when a worker tries to withdraw it from a course it is not in
    const atRegistration = startPathway(workflow, { facts: PREGNANT }, NOW).snapshot;
    const result = step(workflow, atRegistration, { type: 'WITHDRAW' }, NOW);
    // Then the step is refused as not accepted, with a Danish explanation
    expect(result).toMatchObject({ ok: false, problem: { kind: 'not-accepted' } });
    expect(result.ok ? '' : result.problem.detail).toContain('WITHDRAW');
  });

  it('refuses an event the workflow does not know', () => {
    const result = step(workflow, inCourse(), { type: 'TELEPORT' }, NOW);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'not-accepted' } });
  });

  it('refuses every event once the pathway has ended', () => {
    const declined = walk(PREGNANT, [
      toCourse[0]!,
      { event: submit('F03-offer-response', formData.offer('declined')), now: NOW },
    ]).snapshot;
    expect(declined.status).toBe('done');
    expect(step(workflow, declined, childBorn('2027-03-01'), NOW)).toMatchObject({
      ok: false,
      problem: { kind: 'not-accepted' },
    });
    expect(step(workflow, declined, submit('F02-consent', formData.consent(true)), NOW)).toMatchObject({
      ok: false,
      problem: { kind: 'not-accepted' },
    });
  });

  it.each([
    { what: 'the closing form during the course', formId: 'F30-course-closure', data: formData.closure },
    { what: 'an ADBB before the birth', formId: 'F07-adbb', data: formData.adbb(false) },
    {
      what: 'a form already submitted earlier in the pathway',
      formId: 'F01-family-registration',
      data: formData.registration,
    },
    { what: 'a form the workflow does not pin', formId: 'F99-unknown', data: {} },
  ])('refuses $what as not due', ({ formId, data }) => {
    const result = step(workflow, inCourse(), submit(formId, data), NOW);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'form-not-due' } });
    expect(result.ok ? '' : result.problem.detail).toContain(formId);
  });

  it('refuses invalid data with field errors and leaves the snapshot as it was', () => {
    // Given a family in the course and a copy of its snapshot
    const snapshot = inCourse();
    const before = structuredClone(snapshot);
    // When the extra pregnancy visit is submitted without a date and with an unknown visit type
    const result = step(workflow, snapshot, submit('F05-visit', { visitType: 'teleport' }), NOW);
    // Then it is refused with one Danish message per field, and the snapshot is untouched
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalid-data' } });
    if (result.ok || result.problem.kind !== 'invalid-data') return;
    expect(result.problem.errors.map((e) => e.path).sort()).toEqual(['date', 'visitType']);
    expect(result.problem.errors.find((e) => e.path === 'date')?.message).toBe('Skal udfyldes');
    expect(snapshot).toEqual(before);
  });

  it('explains invalid data in English when asked', () => {
    const result = step(workflow, inCourse(), submit('F05-visit', { visitType: 'extraPregnancy' }), NOW, {
      language: 'en',
    });
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'invalid-data', errors: [{ path: 'date', keyword: 'required', message: 'Required' }] },
    });
  });

  it('refuses a birth date that is not a calendar date', () => {
    const snapshot = inCourse();
    const before = structuredClone(snapshot);
    const result = step(workflow, snapshot, childBorn('2027-02-30'), NOW);
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'invalid-data', errors: [{ path: 'birthDate' }] },
    });
    expect(snapshot).toEqual(before);
  });
});

describe('step is pure', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const events: PathwayEvent[] = [
    submit('F05-visit', formData.visit('extraPregnancy', '2027-02-20')),
    childBorn('2027-03-18'),
    submit('F07-adbb', formData.adbb(true)),
    { type: 'WITHDRAW' },
  ];

  it('never changes the snapshot or the event it is given, also when the pathway moves on', () => {
    let snapshot = inCourse();
    for (const event of events) {
      const before = structuredClone({ snapshot, event });
      const result = step(workflow, snapshot, event, NOW);
      expect({ snapshot, event }).toEqual(before);
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      expect(result.snapshot).not.toEqual(snapshot);
      snapshot = result.snapshot;
    }
  });

  it('keeps a snapshot as plain JSON: stepping from a stored and reloaded copy gives the same result', () => {
    let snapshot = inCourse();
    for (const event of events) {
      const reloaded = JSON.parse(JSON.stringify(snapshot)) as PathwaySnapshot;
      expect(reloaded).toEqual(snapshot);
      const fromMemory = step(workflow, snapshot, event, NOW);
      const fromStore = step(workflow, reloaded, event, NOW);
      expect(fromStore).toEqual(fromMemory);
      if (!fromMemory.ok) throw new Error(JSON.stringify(fromMemory.problem));
      snapshot = fromMemory.snapshot;
    }
    expect(snapshot.value).toBe('closing');
  });

  it('does not read the clock: the same inputs give the same result at any wall-clock time', () => {
    const run = (wallClock: string) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(wallClock));
      const started = startPathway(workflow, { facts: PREGNANT }, NOW);
      const stepped = step(workflow, inCourse(), events[0]!, new Date('2027-02-20T13:00:00Z'));
      vi.useRealTimers();
      return { started, stepped };
    };
    const inThePast = run('1999-12-31T23:59:00Z');
    const inTheFuture = run('2042-06-01T12:00:00Z');
    expect(inTheFuture).toEqual(inThePast);
    expect(inThePast.started.snapshot.context.progress.registration?.enteredAt).toBe(NOW.toISOString());
  });

  it('leaves no timers behind: waiting is data, not an in-memory timer', () => {
    vi.useFakeTimers();
    let snapshot = inCourse();
    for (const event of events) {
      const result = step(workflow, snapshot, event, NOW);
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      snapshot = result.snapshot;
    }
    expect(vi.getTimerCount()).toBe(0);
  });
});
