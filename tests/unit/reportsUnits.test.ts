import { describe, expect, it } from 'vitest';
import {
  createFactIndex,
  evaluateKpi,
  resolveKpiDenominator,
  type PathwayFact,
  type RecordFact,
  type SubmissionFact,
} from '../../runtime/reporting';
import { kpiIssuesOf, readKpi, seedLibrary } from './kpiFixtures';

function pathway(
  id: string,
  familyId: string,
  workflowId: string,
  childId = `child-${familyId}`,
): PathwayFact {
  return {
    id,
    familyId,
    childId,
    workflowId,
    workflowVersion: 1,
    params: {},
    status: 'active',
    states: ['visit'],
    events: [],
    startedAt: '2020-01-01T09:00:00.000Z',
    team: 'Team 1',
  };
}

let seq = 0;
function submission(
  p: PathwayFact,
  formId: string,
  data: Record<string, unknown>,
  computed: Record<string, unknown> = {},
): SubmissionFact {
  seq += 1;
  return {
    id: `s${seq}`,
    pathwayId: p.id,
    familyId: p.familyId,
    formId,
    formVersion: 1,
    state: 'x',
    data,
    computed,
    submittedAt: `2020-06-01T09:${String(seq % 60).padStart(2, '0')}:00.000Z`,
  };
}
function record(formId: string, data: Record<string, unknown>, team = 'Team 1'): RecordFact {
  seq += 1;
  return {
    id: `r${seq}`,
    formId,
    formVersion: 2,
    data,
    computed: {},
    submittedAt: '2020-10-01T10:00:00.000Z',
    team,
  };
}

describe('KPIs over submissions, children and organisation records', () => {
  it('K11 counts each included child once against the planned 180', () => {
    const k11 = readKpi('K11');
    expect(resolveKpiDenominator(k11, seedLibrary)).toBe(180);
    const v18 = pathway('v18', 'f1', 'hedensted.extendedVisit');
    const v36 = pathway('v36', 'f1', 'hedensted.extendedVisit');
    const cosp = pathway('c', 'f2', 'cosp.course');
    const out = pathway('o', 'f3', 'hedensted.extendedVisit');
    const included = { included: true, programme: 'firstThousandDays' };
    const index = createFactIndex({
      pathways: [v18, v36, cosp, out],
      submissions: [
        submission(v18, 'F04-inclusion', { ...included, assessmentDate: '2020-03-01' }),
        submission(v36, 'F04-inclusion', { ...included, assessmentDate: '2021-03-01' }),
        submission(cosp, 'F04-inclusion', { ...included, assessmentDate: '2020-05-01' }),
        submission(out, 'F04-inclusion', { included: false, assessmentDate: '2020-05-01' }),
      ],
    });
    const result = evaluateKpi(k11, index, {}, { denominator: 180 });
    expect(result.total).toMatchObject({ denominator: 180, numerator: 2 });
    expect(result.total.rate).toBeCloseTo(2 / 180);
    // The child of f1 counts in the month of its first inclusion only.
    expect(result.groups.month.map((g) => [g.key, g.cell.numerator])).toEqual([
      ['2020-03', 1],
      ['2020-05', 1],
    ]);
  });

  it('K16 counts every decline by its response date, else its offer date, and declined courses', () => {
    const a = pathway('a', 'f1', 'hedensted.extendedVisit');
    const c = pathway('c', 'f2', 'cosp.course');
    const index = createFactIndex({
      pathways: [a, c],
      submissions: [
        submission(a, 'F03-offer-response', {
          offerDate: '2020-03-01',
          response: 'declined',
          responseDate: '2020-04-02',
        }),
        submission(a, 'F03-offer-response', { offerDate: '2020-05-01', response: 'declined' }),
        submission(a, 'F03-offer-response', { offerDate: '2020-06-01', response: 'accepted' }),
        submission(c, 'F20-course-attendance', {
          entry: 'closure',
          status: 'declined',
          statusDate: '2020-04-20',
        }),
        submission(c, 'F20-course-attendance', {
          entry: 'closure',
          status: 'completed',
          statusDate: '2020-04-21',
        }),
      ],
    });
    const all = evaluateKpi(readKpi('K16'), index);
    expect(all.total).toMatchObject({ denominator: 3, categories: { offer: 2, course: 1 } });
    expect(all.groups.month.map((g) => [g.key, g.cell.denominator])).toEqual([
      ['2020-04', 2],
      ['2020-05', 1],
    ]);
    const april = evaluateKpi(readKpi('K16'), index, { from: '2020-04-01', to: '2020-04-30' });
    expect(april.total.denominator).toBe(2);
  });

  it('K19: a positive screening counts when the same family has a need visit on or after its date', () => {
    const infant = (f: string) => pathway(`i-${f}`, f, 'universal.infantProgramme');
    const series = (f: string) => pathway(`n-${f}`, f, 'needVisitSeries');
    const [i1, i2, i3, i4] = ['f1', 'f2', 'f3', 'f4'].map(infant);
    const [n1, n2] = ['f1', 'f2'].map(series);
    const epds = (p: PathwayFact, date: string, over: boolean, status = 'completed') =>
      submission(p, 'F09-epds', { screeningDate: date, status, phase: 'postnatal' }, { overCutoff: over });
    const need = (p: PathwayFact, date: string, reason: string) =>
      submission(p, 'F11-need-visit', { visitDate: date, reason });
    const index = createFactIndex({
      pathways: [i1!, i2!, i3!, i4!, n1!, n2!],
      submissions: [
        epds(i1!, '2020-03-01', true),
        need(n1!, '2020-03-01', 'positiveParentScreening'),
        epds(i2!, '2020-03-10', true),
        // A need visit before the screening does not follow it.
        need(n2!, '2020-03-01', 'breastfeeding'),
        epds(i3!, '2020-03-10', true),
        // Under the cut-off and a declined screening are not positive.
        epds(i4!, '2020-03-10', false),
        epds(i4!, '2020-03-11', true, 'declined'),
        submission(i3!, 'F10-gotland', {
          screeningDate: '2020-03-12',
          status: 'completed',
          overCutoffAssessment: true,
        }),
      ],
    });
    const result = evaluateKpi(readKpi('K19'), index);
    expect(result.total).toMatchObject({
      denominator: 4,
      numerator: 1,
      rate: 0.25,
      categories: { forScreening: 1, pregnancy: 0, epds: 3, gotland: 1 },
    });
  });

  it('K27a and K30 read organisation records: answers per round, staff trained per delivery', () => {
    const index = createFactIndex({
      pathways: [],
      submissions: [],
      records: [
        record('F33-staff-survey', { surveyYear: 2019, s1: 'highDegree' }),
        record('F33-staff-survey', { surveyYear: 2019, s1: 'notAtAll' }),
        record('F33-staff-survey', { surveyYear: 2020, s1: 'highDegree', s2: 'someDegree' }),
        record('F33-staff-survey', { surveyYear: 2020, s2: 'someDegree' }),
        record('F34-activity-registration', {
          periodEnd: '2020-08-31',
          delivery: 'september2020',
          cosp: { staffTrained: 3 },
        }),
        record(
          'F34-activity-registration',
          { periodEnd: '2020-08-31', delivery: 'september2020', cosp: { staffTrained: 2 } },
          'Team 2',
        ),
        record('F34-activity-registration', {
          periodEnd: '2021-04-30',
          delivery: 'may2021',
          cosp: { staffTrained: 6 },
        }),
      ],
    });
    const s1 = evaluateKpi(readKpi('K27a'), index);
    expect(s1.total).toMatchObject({
      denominator: 3,
      categories: { highDegree: 2, someDegree: 0, lesserDegree: 0, notAtAll: 1 },
    });
    expect(s1.groups.round?.map((g) => [g.key, g.cell.denominator, g.cell.categories.highDegree])).toEqual([
      ['2019', 2, 1],
      ['2020', 1, 1],
    ]);
    const k30 = evaluateKpi(readKpi('K30'), index);
    expect(k30.groups.round?.map((g) => [g.key, g.cell.numerator])).toEqual([
      ['may2021', 6],
      ['september2020', 5],
    ]);
    // Staff trained is a count at a moment: each team's latest registration counts, not their sum.
    expect(k30.total).toMatchObject({ numerator: 6 + 2, denominator: 2 });
    expect(evaluateKpi(readKpi('K30'), index, { to: '2020-12-31' }).total.numerator).toBe(3 + 2);
    expect(evaluateKpi(readKpi('K30'), index, { team: 'Team 2' }).total.numerator).toBe(2);
    // Records have no district: a district filter leaves them out.
    expect(evaluateKpi(readKpi('K30'), index, { district: 'Distrikt 1' }).total.denominator).toBe(0);
  });
});

describe('the KPI format extensions are checked by the meta-schema and against the library', () => {
  it('refuses a record KPI with a workflow and a submission KPI without forms', () => {
    const k27 = readKpi('K27a');
    expect(kpiIssuesOf({ ...k27, population: { ...k27.population, workflow: 'referral' } })).toEqual([
      '/population/workflow: is not allowed here',
    ]);
    const k16 = readKpi('K16');
    const { forms: _forms, ...population } = k16.population;
    expect(kpiIssuesOf({ ...k16, population })).toEqual(["/population: missing required property 'forms'"]);
  });

  it('names a unit field, a later form, a level source and a parameter that do not exist', () => {
    const k19 = readKpi('K19');
    k19.population.date = { field: 'noSuchDate' };
    k19.numerator = {
      ...k19.numerator!,
      require: [{ later: { workflow: 'needVisitSeries', form: 'F03-offer-response', field: 'offerDate' } }],
    };
    k19.level = {};
    expect(kpiIssuesOf(k19)).toEqual([
      "/population/date/field: field 'noSuchDate' does not exist in F09-epds, F10-gotland",
      '/numerator/require/0/later/form: form F03-offer-response is not among the versions drawn on',
      '/level: a level breakdown draws on workflow level.assessment',
    ]);
    const k11 = readKpi('K11');
    k11.denominator = { parameter: { form: 'F34-activity-registration', name: 'plannedChildren' } };
    expect(kpiIssuesOf(k11)).toEqual([
      "/denominator/parameter/name: parameter 'plannedChildren' is not declared by form F34-activity-registration",
    ]);
  });

  it('refuses `this` outside a submission or record unit and a breakdown field the record lacks', () => {
    const k07 = readKpi('K07');
    k07.numerator = { ...k07.numerator!, require: [{ this: { where: { response: 'accepted' } } }] };
    expect(kpiIssuesOf(k07)).toEqual([
      '/numerator/require/0/this: only a submission or record unit can test itself',
      "/numerator/require/0/this/where/response: field 'response' does not exist in the unit (not a submission or record)",
    ]);
    const k30 = readKpi('K30');
    k30.breakdowns = { round: { title: k30.title, field: 'surveyYear' } };
    expect(kpiIssuesOf(k30)).toEqual([
      "/breakdowns/round/field: field 'surveyYear' does not exist in F34-activity-registration",
    ]);
  });
});
