import {
  CHILD_BORN,
  FORM_SUBMITTED,
  startPathway,
  step,
  type CompiledWorkflow,
  type PathwayEvent,
  type PathwayFacts,
  type PathwaySnapshot,
  type StepResult,
} from '../../runtime';
import { getSeedWorkflow } from './loadSeedLibrary';

/** Test helpers for the real Ishøj D1 workflow: valid form data and events, stepped on a fake clock. */
export const getIshoejD1 = (): CompiledWorkflow => getSeedWorkflow('ishoej.d1', 1);

export type OkStep = Extract<StepResult, { ok: true }>;

let submissionCount = 0;

export function submit(formId: string, data: unknown): PathwayEvent {
  submissionCount += 1;
  return { type: FORM_SUBMITTED, formId, submissionId: `submission-${submissionCount}`, data };
}

export const childBorn = (birthDate: string): PathwayEvent => ({ type: CHILD_BORN, birthDate });

/** Valid data for each form of the pathway (the shapes come from definitions/forms). */
export const formData = {
  registration: {
    recruitmentSource: 'pregnancyVisit',
    inclusionReasons: ['wishForChange'],
    firstTimeParents: true,
  },
  offer: (response: 'accepted' | 'declined' | 'notReached') => ({
    offerType: 'individualCourseD1',
    offerDate: '2027-01-12',
    channel: 'inPerson',
    response,
    ...(response === 'declined' ? { declineReason: 'noNeed' } : {}),
  }),
  consent: (participation: boolean) => ({
    participation,
    teamDiscussion: 'named',
    shareWithDayCare: false,
    gpLetter: true,
    evaluationContact: true,
    givenBy: 'mother',
    date: '2027-01-15',
  }),
  visit: (visitType: string, date: string) => ({ visitType, date }),
  adbb: (overCutoffAssessment: boolean) => ({
    observationDate: '2027-05-31',
    instrumentVersion: 'items8',
    overCutoffAssessment,
  }),
  parentCompetence: (timepoint: 'pre' | 'post') => ({ timepoint }),
  novax: (timepoint: 'pre' | 'post') => ({ timepoint }),
  closure: { endDate: '2027-07-01', endReason: 'withdrawn', postMeasurementsDone: true },
};

/** Steps once and fails loudly, naming the problem, when the runtime refuses the event. */
export function stepOk(
  workflow: CompiledWorkflow,
  snapshot: PathwaySnapshot,
  event: PathwayEvent,
  now: Date,
): OkStep {
  const result = step(workflow, snapshot, event, now);
  if (!result.ok) throw new Error(`${event.type} was refused: ${JSON.stringify(result.problem)}`);
  return result;
}

/** Starts the pathway and steps through `events`, one fake-clock instant each; returns the last step. */
export function walk(
  facts: PathwayFacts,
  events: { event: PathwayEvent; now: Date }[],
  start = new Date('2027-01-10T09:00:00Z'),
): { snapshot: PathwaySnapshot; last?: OkStep } {
  const workflow = getIshoejD1();
  let snapshot = startPathway(workflow, { facts }, start).snapshot;
  let last: OkStep | undefined;
  for (const { event, now } of events) {
    last = stepOk(workflow, snapshot, event, now);
    snapshot = last.snapshot;
  }
  return last ? { snapshot, last } : { snapshot };
}

/** The steps from registration to the start of the course, for a family that accepts and consents. */
export const toCourse = [
  { event: submit('F01-family-registration', formData.registration), now: new Date('2027-01-10T09:30:00Z') },
  { event: submit('F03-offer-response', formData.offer('accepted')), now: new Date('2027-01-12T10:00:00Z') },
  { event: submit('F02-consent', formData.consent(true)), now: new Date('2027-01-15T11:00:00Z') },
];

export const PREGNANT = { child: { dueDate: '2027-03-20' } } satisfies PathwayFacts;
