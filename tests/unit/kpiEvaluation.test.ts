import { describe, expect, it } from 'vitest';
import {
  createFactIndex,
  evaluateKpi,
  listKpiPathways,
  toPercent,
  type PathwayFact,
  type SubmissionFact,
} from '../../runtime/reporting';
import { readKpi } from './kpiFixtures';

function visit(id: string, ageMonths: number, district = 'Distrikt 1'): PathwayFact {
  return {
    id,
    familyId: `family-${id}`,
    childId: `child-${id}`,
    workflowId: 'hedensted.extendedVisit',
    workflowVersion: 1,
    params: { ageMonths, visitWindowDays: 14 },
    status: 'active',
    states: ['offer'],
    events: [],
    startedAt: '2020-01-01T09:00:00.000Z',
    team: 'Team 1',
    district,
  };
}

let seq = 0;
function submission(
  pathwayId: string,
  formId: string,
  state: string,
  data: Record<string, unknown>,
): SubmissionFact {
  seq += 1;
  return {
    id: `s${seq}`,
    pathwayId,
    familyId: `family-${pathwayId}`,
    formId,
    formVersion: 1,
    state,
    data,
    computed: {},
    submittedAt: `2020-01-01T09:${String(seq).padStart(2, '0')}:00.000Z`,
  };
}
const offer = (pathwayId: string, offerDate: string, response: string) =>
  submission(pathwayId, 'F03-offer-response', 'offer', { offerDate, response });

describe('KPI evaluation', () => {
  it('counts a visit offered twice (cancelled, offered again) once, with the latest answer as its category', () => {
    const index = createFactIndex({
      pathways: [visit('a', 18), visit('b', 18), visit('c', 36)],
      submissions: [
        offer('a', '2020-02-03', 'accepted'),
        offer('a', '2020-03-10', 'declined'),
        offer('b', '2020-02-05', 'accepted'),
        submission('b', 'F22-extended-visit-content', 'visit18m', { visit: 'visit18m', outcome: 'none' }),
        offer('c', '2020-02-05', 'accepted'),
      ],
    });
    const result = evaluateKpi(readKpi('K07'), index);
    expect(result.total).toEqual({
      denominator: 2,
      numerator: 1,
      rate: 0.5,
      categories: { accepted: 1, declined: 1, notReached: 0 },
    });
    // The first offer's date places the pathway in its month.
    expect(result.groups.month.map((g) => g.key)).toEqual(['2020-02']);
  });

  it('leaves a pathway without an offer out of the denominator, and excluded windows out of the period', () => {
    const index = createFactIndex({
      pathways: [visit('a', 18), visit('b', 18), visit('c', 18)],
      submissions: [offer('a', '2020-03-15', 'accepted'), offer('b', '2020-06-01', 'declined')],
    });
    expect(evaluateKpi(readKpi('K07'), index).total.denominator).toBe(2);
    const excluded = evaluateKpi(readKpi('K07'), index, {
      exclude: [{ from: '2020-03-01', to: '2020-05-01' }],
    });
    expect(excluded.total.denominator).toBe(1);
    expect(
      evaluateKpi(readKpi('K07'), index, { from: '2020-04-01', to: '2020-12-31' }).total.denominator,
    ).toBe(1);
  });

  it('groups by district and lists the pathways behind a group for the drill-down', () => {
    const index = createFactIndex({
      pathways: [visit('a', 18, 'Nord'), visit('b', 18, 'Syd'), visit('c', 18, 'Syd')],
      submissions: [
        offer('a', '2020-02-01', 'accepted'),
        offer('b', '2020-02-01', 'notReached'),
        offer('c', '2020-02-01', 'accepted'),
        submission('c', 'F22-extended-visit-content', 'visit18m', { visit: 'visit18m', outcome: 'none' }),
      ],
    });
    const result = evaluateKpi(readKpi('K07'), index);
    expect(result.groups.district.map((g) => [g.key, g.cell.numerator, g.cell.denominator])).toEqual([
      ['Nord', 0, 1],
      ['Syd', 1, 2],
    ]);
    const notReached = listKpiPathways(readKpi('K07'), index, {}, 'category:notReached', {
      by: 'district',
      key: 'Syd',
    });
    expect(notReached.map((i) => i.pathway.id)).toEqual(['b']);
  });

  it('reads computed fields with "=" and rounds shares to whole percentages', () => {
    const within = submission('a', 'F22-extended-visit-content', 'visit18m', {
      visit: 'visit18m',
      outcome: 'referral',
    });
    within.computed = { referredWithinHealthVisiting: true, referredElsewhere: false };
    const index = createFactIndex({
      pathways: [visit('a', 18), visit('b', 18), visit('c', 18)],
      submissions: [
        offer('a', '2020-02-01', 'accepted'),
        within,
        offer('b', '2020-02-01', 'accepted'),
        submission('b', 'F22-extended-visit-content', 'visit18m', { visit: 'visit18m', outcome: 'none' }),
        offer('c', '2020-02-01', 'accepted'),
        submission('c', 'F22-extended-visit-content', 'visit18m', { visit: 'visit18m', outcome: 'none' }),
      ],
    });
    const result = evaluateKpi(readKpi('K14a'), index);
    expect([result.total.numerator, result.total.denominator, toPercent(result.total.rate)]).toEqual([
      1, 3, 33,
    ]);
  });

  it('computes a mean per pathway for K06 and a count for K02c', () => {
    const course = (id: string): PathwayFact => ({
      ...visit(id, 0),
      workflowId: 'individual.course',
      params: {},
    });
    const index = createFactIndex({
      pathways: [course('a'), course('b')],
      submissions: [
        submission('a', 'F28-course-plan', 'plan', { programme: 'ishoejD2' }),
        ...[1, 2, 3].map((n) => submission('a', 'F05-visit', 'visitD2', { date: `2024-02-0${n}` })),
        submission('b', 'F28-course-plan', 'plan', { programme: 'ishoejD3' }),
        submission('b', 'F05-visit', 'visitD3', { date: '2024-03-01' }),
      ],
    });
    const mean = evaluateKpi(readKpi('K06'), index).total;
    expect([mean.numerator, mean.denominator, mean.mean, mean.categories]).toEqual([
      4,
      2,
      2,
      { d2: 1, d3: 1 },
    ]);
    expect(evaluateKpi(readKpi('K02c'), index).total.denominator).toBe(1);
  });
});
