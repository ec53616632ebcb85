import { describe, expect, it } from 'vitest';
import { getFormsDue, startPathway, toLeafPaths, type DueItem } from '../../runtime';
import {
  childBorn,
  formData,
  getIshoejD1,
  PREGNANT,
  stepOk,
  submit,
  toCourse,
  walk,
} from './ishoejD1Journey';

const workflow = getIshoejD1();
const START = new Date('2027-01-10T09:00:00Z');
const BIRTH_REGISTERED = new Date('2027-04-02T10:00:00Z');
/** A birth on the 31st: the 3-month visit falls on 30 June (June has no 31st). */
const BIRTH_DATE = '2027-03-31';

const dueOf = (due: DueItem[], state: string) => due.find((item) => item.state === state);
const formsDueIn = (snapshot: Parameters<typeof getFormsDue>[1]) =>
  getFormsDue(workflow, snapshot).map(({ state, formId, timing }) => ({
    state,
    formId,
    ...(timing ? { timing } : {}),
  }));

/** A pregnant family through registration, offer, consent and the extra pregnancy visit, then born. */
const toBirth = [
  ...toCourse,
  {
    event: submit('F05-visit', formData.visit('extraPregnancy', '2027-02-20')),
    now: new Date('2027-02-20T13:00:00Z'),
  },
  { event: childBorn(BIRTH_DATE), now: BIRTH_REGISTERED },
];

describe('Ishøj D1: from registration to the course', () => {
  it('starts a pregnant family at registration with the registration form due', () => {
    // Given a family whose child only has a due date, when the pathway starts
    const { snapshot, effects, due } = startPathway(workflow, { facts: PREGNANT }, START);
    // Then the registration form is due, entered at the fake clock's time
    expect(snapshot.status).toBe('active');
    expect(snapshot.value).toBe('registration');
    expect(snapshot.context.progress.registration?.enteredAt).toBe('2027-01-10T09:00:00.000Z');
    expect(snapshot.context.params.visitWindowDays).toBe(14);
    expect(formsDueIn(snapshot)).toEqual([{ state: 'registration', formId: 'F01-family-registration' }]);
    expect(effects).toEqual([]);
    expect(due).toEqual([]);
  });

  it('moves to the offer when the registration form is in', () => {
    const { snapshot, last } = walk(PREGNANT, toCourse.slice(0, 1));
    expect(snapshot.value).toBe('offer');
    expect(last?.transition).toEqual({ from: ['registration'], to: ['offer'], event: 'FORM_SUBMITTED' });
    expect(snapshot.context.answers['F01-family-registration']).toEqual(formData.registration);
    expect(formsDueIn(snapshot)).toEqual([{ state: 'offer', formId: 'F03-offer-response' }]);
  });

  it('moves to consent when the family accepts the offer', () => {
    const { snapshot } = walk(PREGNANT, toCourse.slice(0, 2));
    expect(snapshot.value).toBe('consent');
    expect(formsDueIn(snapshot)).toEqual([{ state: 'consent', formId: 'F02-consent' }]);
  });

  it('starts the course with the extra pregnancy visit, due on the due date, when the child is not born', () => {
    // Given a pregnant family that accepted, when the parent consents
    const { snapshot, last } = walk(PREGNANT, toCourse);
    // Then the extra pregnancy visit is active and due on the child's due date; no ADBB is due yet
    expect(snapshot.value).toEqual({ course: { visits: 'extraPregnancyVisit', screening: 'awaitingBirth' } });
    expect(dueOf(last?.due ?? [], 'course.visits.extraPregnancyVisit')).toMatchObject({
      dueDate: PREGNANT.child.dueDate,
      forms: ['F05-visit'],
    });
    expect(formsDueIn(snapshot)).toEqual([
      { state: 'course.visits.extraPregnancyVisit', formId: 'F05-visit' },
    ]);
  });

  it('waits for the birth once the extra pregnancy visit is recorded', () => {
    const { snapshot } = walk(PREGNANT, toBirth.slice(0, -1));
    expect(snapshot.value).toEqual({ course: { visits: 'awaitingBirth', screening: 'awaitingBirth' } });
    expect(formsDueIn(snapshot)).toEqual([]);
  });
});

describe('Ishøj D1: after the birth', () => {
  it('schedules the 3-month visit and the 2-month ADBB from the birth date, with a window of visitWindowDays', () => {
    // Given a family awaiting the birth, when the birth on 31 March is registered
    const { snapshot, last } = walk(PREGNANT, toBirth);
    // Then both steps are active, due 3 and 2 months after the birth, ±14 days
    expect(snapshot.value).toEqual({ course: { visits: 'visit3m', screening: 'adbb2m' } });
    expect(snapshot.context.facts.child.birthDate).toBe(BIRTH_DATE);
    expect(dueOf(last?.due ?? [], 'course.visits.visit3m')).toMatchObject({
      dueDate: '2027-06-30',
      windowStart: '2027-06-16',
      windowEnd: '2027-07-14',
    });
    expect(dueOf(last?.due ?? [], 'course.screening.adbb2m')).toMatchObject({
      dueDate: '2027-05-31',
      windowStart: '2027-05-17',
      windowEnd: '2027-06-14',
    });
    expect(snapshot.context.progress['course.visits.visit3m']?.enteredAt).toBe(
      BIRTH_REGISTERED.toISOString(),
    );
  });

  it('keeps the 3-month visit open until F05, F15 (pre) and F17 (pre) are all in', () => {
    const born = walk(PREGNANT, toBirth).snapshot;
    const now = new Date('2027-06-30T09:00:00Z');
    // When the visit form is in, the two baseline measurements are still due and the step stays
    const afterVisit = stepOk(
      workflow,
      born,
      submit('F05-visit', formData.visit('home3m', '2027-06-30')),
      now,
    );
    expect(toLeafPaths(afterVisit.snapshot.value)).toContain('course.visits.visit3m');
    expect(afterVisit.transition).toBeUndefined();
    expect(formsDueIn(afterVisit.snapshot).filter((f) => f.state === 'course.visits.visit3m')).toEqual([
      { state: 'course.visits.visit3m', formId: 'F15-parent-competence-d1', timing: 'pre' },
      { state: 'course.visits.visit3m', formId: 'F17-novax-d1', timing: 'pre' },
    ]);
    // When the parent-competence baseline is in, the NOVAX baseline still holds the step back
    const afterF15 = stepOk(
      workflow,
      afterVisit.snapshot,
      submit('F15-parent-competence-d1', formData.parentCompetence('pre')),
      now,
    );
    expect(toLeafPaths(afterF15.snapshot.value)).toContain('course.visits.visit3m');
    // When the third form is in, the 5-month visit is next, due 5 months after the birth
    const afterF17 = stepOk(workflow, afterF15.snapshot, submit('F17-novax-d1', formData.novax('pre')), now);
    expect(afterF17.snapshot.value).toEqual({ course: { visits: 'visit5m', screening: 'adbb2m' } });
    expect(dueOf(afterF17.due, 'course.visits.visit5m')?.dueDate).toBe('2027-08-31');
  });

  it('flags a positive ADBB at 2 months and moves on to the 4-month ADBB', () => {
    const born = walk(PREGNANT, toBirth).snapshot;
    const result = stepOk(
      workflow,
      born,
      submit('F07-adbb', formData.adbb(true)),
      new Date('2027-05-31T09:00:00Z'),
    );
    expect(result.snapshot.value).toEqual({ course: { visits: 'visit3m', screening: 'adbb4m' } });
    expect(result.submission?.computed.overCutoff).toBe(true);
    expect(result.effects).toEqual([
      { type: 'flag', params: expect.objectContaining({ code: 'adbb-over-cutoff' }) as unknown },
    ]);
    expect(dueOf(result.due, 'course.screening.adbb4m')?.dueDate).toBe('2027-07-31');
  });

  it('moves on to the 4-month ADBB without a flag when the ADBB is not over the cut-off', () => {
    const born = walk(PREGNANT, toBirth).snapshot;
    const result = stepOk(
      workflow,
      born,
      submit('F07-adbb', formData.adbb(false)),
      new Date('2027-05-31T09:00:00Z'),
    );
    expect(result.snapshot.value).toEqual({ course: { visits: 'visit3m', screening: 'adbb4m' } });
    expect(result.effects).toEqual([]);
  });

  it('goes straight to the 3-month visit when the child is born before the extra pregnancy visit', () => {
    const { snapshot } = walk(PREGNANT, [
      ...toCourse,
      { event: childBorn(BIRTH_DATE), now: BIRTH_REGISTERED },
    ]);
    expect(snapshot.value).toEqual({ course: { visits: 'visit3m', screening: 'adbb2m' } });
  });
});

describe('Ishøj D1: families that do not start or finish the course', () => {
  it('ends in declined, done, when the family declines the offer', () => {
    const { snapshot, last } = walk(PREGNANT, [
      toCourse[0]!,
      {
        event: submit('F03-offer-response', formData.offer('declined')),
        now: new Date('2027-01-12T10:00:00Z'),
      },
    ]);
    expect(snapshot).toMatchObject({ status: 'done', value: 'declined' });
    expect(last?.due).toEqual([]);
    expect(getFormsDue(workflow, snapshot)).toEqual([]);
  });

  it('ends in declined when the parent does not consent', () => {
    const { snapshot } = walk(PREGNANT, [
      ...toCourse.slice(0, 2),
      { event: submit('F02-consent', formData.consent(false)), now: new Date('2027-01-15T11:00:00Z') },
    ]);
    expect(snapshot).toMatchObject({ status: 'done', value: 'declined' });
  });

  it('ends in notReached when the family cannot be reached', () => {
    const { snapshot } = walk(PREGNANT, [
      toCourse[0]!,
      {
        event: submit('F03-offer-response', formData.offer('notReached')),
        now: new Date('2027-01-20T10:00:00Z'),
      },
    ]);
    expect(snapshot).toMatchObject({ status: 'done', value: 'notReached' });
  });

  it('skips the extra pregnancy visit for a family whose child is already born', () => {
    // Given a family recruited when the child is 3 weeks old, when it consents to the course
    const { snapshot, last } = walk({ child: { birthDate: '2026-12-20' } }, toCourse);
    // Then it starts at the 3-month visit and the 2-month ADBB, scheduled from the birth date
    expect(snapshot.value).toEqual({ course: { visits: 'visit3m', screening: 'adbb2m' } });
    expect(dueOf(last?.due ?? [], 'course.visits.visit3m')?.dueDate).toBe('2027-03-20');
    expect(dueOf(last?.due ?? [], 'course.screening.adbb2m')?.dueDate).toBe('2027-02-20');
    expect(dueOf(last?.due ?? [], 'course.visits.extraPregnancyVisit')).toBeUndefined();
  });

  it('skips the extra pregnancy visit when the birth is registered before the course starts', () => {
    const { snapshot } = walk(PREGNANT, [
      toCourse[0]!,
      { event: childBorn('2027-01-11'), now: new Date('2027-01-11T08:00:00Z') },
      ...toCourse.slice(1),
    ]);
    expect(snapshot.value).toEqual({ course: { visits: 'visit3m', screening: 'adbb2m' } });
  });

  it('goes to closing, with the closing forms due, when the family withdraws from the course', () => {
    const born = walk(PREGNANT, toBirth).snapshot;
    const result = stepOk(
      workflow,
      born,
      { type: 'WITHDRAW', reason: 'Flytter' },
      new Date('2027-06-01T09:00:00Z'),
    );
    expect(result.snapshot).toMatchObject({ status: 'active', value: 'closing' });
    expect(result.transition?.to).toEqual(['closing']);
    expect(result.due).toEqual([]);
    expect(formsDueIn(result.snapshot)).toEqual([
      { state: 'closing', formId: 'F15-parent-competence-d1', timing: 'post' },
      { state: 'closing', formId: 'F17-novax-d1', timing: 'post' },
      { state: 'closing', formId: 'F30-course-closure' },
    ]);
  });

  it('completes the pathway once all three closing forms are in', () => {
    const now = new Date('2027-07-01T09:00:00Z');
    const { snapshot } = walk(PREGNANT, [
      ...toBirth,
      { event: { type: 'WITHDRAW' }, now },
      { event: submit('F15-parent-competence-d1', formData.parentCompetence('post')), now },
      { event: submit('F17-novax-d1', formData.novax('post')), now },
    ]);
    expect(snapshot).toMatchObject({ status: 'active', value: 'closing' });
    const closed = stepOk(workflow, snapshot, submit('F30-course-closure', formData.closure), now);
    expect(closed.snapshot).toMatchObject({ status: 'done', value: 'completed' });
    expect(getFormsDue(workflow, closed.snapshot)).toEqual([]);
  });
});
