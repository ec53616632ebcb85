import { describe, expect, it } from 'vitest';
import {
  createFactIndex,
  createLevelIndex,
  evaluateKpi,
  listKpiPathways,
  type PathwayFact,
  type SubmissionFact,
} from '../../runtime/reporting';
import { readKpi } from './kpiFixtures';

function pathway(id: string, familyId: string, workflowId: string): PathwayFact {
  return {
    id,
    familyId,
    childId: `child-${familyId}`,
    workflowId,
    workflowVersion: 1,
    params: {},
    status: 'active',
    states: ['visit'],
    events: [],
    startedAt: '2021-01-01T09:00:00.000Z',
    team: 'Team 1',
    district: 'Distrikt 1',
  };
}

let seq = 0;
function submission(
  pathwayId: string,
  familyId: string,
  formId: string,
  state: string,
  data: Record<string, unknown>,
  computed: Record<string, unknown> = {},
): SubmissionFact {
  seq += 1;
  return {
    id: `s${seq}`,
    pathwayId,
    familyId,
    formId,
    formVersion: 1,
    state,
    data,
    computed,
    submittedAt: `2021-06-01T09:${String(seq % 60).padStart(2, '0')}:00.000Z`,
  };
}
const level = (family: string, assessmentDate: string, value: number) =>
  submission(`level-${family}`, family, 'F06-level-assessment', 'assessing', {
    assessmentDate,
    level: value,
  });
const adbb = (pathwayId: string, family: string, observationDate: string, over: boolean) =>
  submission(pathwayId, family, 'F07-adbb', 'visit2m', { observationDate }, { overCutoff: over });

describe('the level join (decision 1)', () => {
  it('takes the latest assessment on or before the date; none, or only later ones, is Ikke niveauinddelt', () => {
    const levels = createLevelIndex([
      level('f1', '2021-02-01', 2),
      level('f1', '2021-05-01', 3),
      level('f2', '2021-09-01', 4),
    ]);
    expect(levels.levelOn('f1', '2021-01-31')).toBe('0');
    expect(levels.levelOn('f1', '2021-02-01')).toBe('2');
    expect(levels.levelOn('f1', '2021-04-30')).toBe('2');
    expect(levels.levelOn('f1', '2021-12-31')).toBe('3');
    // The family's only F06 comes after the activity: not levelled at the time.
    expect(levels.levelOn('f2', '2021-03-01')).toBe('0');
    // No F06 at all.
    expect(levels.levelOn('f3', '2021-03-01')).toBe('0');
  });

  it('lets a same-day reassessment win over the earlier one of that day', () => {
    const first = level('f1', '2021-02-01', 1);
    const second = level('f1', '2021-02-01', 3);
    expect(createLevelIndex([second, first]).levelOn('f1', '2021-02-01')).toBe('3');
  });

  it('breaks K17a down by level, with every level present and a drill-down into one level', () => {
    const pathways = [
      pathway('a', 'f1', 'universal.infantProgramme'),
      pathway('b', 'f2', 'universal.infantProgramme'),
      pathway('c', 'f3', 'universal.infantProgramme'),
      pathway('level-f1', 'f1', 'level.assessment'),
      pathway('level-f2', 'f2', 'level.assessment'),
    ];
    const index = createFactIndex({
      pathways,
      submissions: [
        adbb('a', 'f1', '2021-03-01', true),
        adbb('b', 'f2', '2021-03-01', false),
        adbb('c', 'f3', '2021-03-01', true),
        level('f1', '2021-02-01', 2),
        // After the ADBB: f2 is not levelled at the time of the screening.
        level('f2', '2021-04-01', 3),
      ],
    });
    const result = evaluateKpi(readKpi('K17a'), index);
    expect(result.total).toMatchObject({ denominator: 3, numerator: 2 });
    expect(result.groups.level?.map((g) => [g.key, g.cell.denominator, g.cell.numerator])).toEqual([
      ['0', 2, 1],
      ['1', 0, 0],
      ['2', 1, 1],
      ['3', 0, 0],
      ['4', 0, 0],
    ]);
    const notLevelled = listKpiPathways(readKpi('K17a'), index, {}, 'denominator', { by: 'level', key: '0' });
    expect(notLevelled.map((i) => i.pathway.id).sort()).toEqual(['b', 'c']);
  });

  it('uses a record of its own level before the join (K28: F13 and F14 levels)', () => {
    const index = createFactIndex({
      pathways: [pathway('j', 'f1', 'jointHomeVisit'), pathway('n', 'f1', 'needVisitSeries')],
      submissions: [
        submission('j', 'f1', 'F13-joint-home-visit', 'visit', { visitDate: '2021-03-01', level: 4 }),
        // Without its own level F13 falls back on the join: f1 has no F06, so Ikke niveauinddelt.
        submission('j', 'f1', 'F13-joint-home-visit', 'visit', { visitDate: '2021-03-02' }),
        submission('n', 'f1', 'F05-visit', 'visit', { date: '2021-03-03', visitType: 'needVisit' }),
        submission('n', 'f1', 'F11-need-visit', 'visit', { visitDate: '2021-03-03' }),
      ],
    });
    const result = evaluateKpi(readKpi('K28'), index);
    // F11 is not counted apart: the need visit counts once, by its F05.
    expect(result.total.denominator).toBe(3);
    expect(result.total.categories).toMatchObject({ visits: 1, jointHomeVisits: 2 });
    expect(Object.fromEntries(result.groups.level!.map((g) => [g.key, g.cell.denominator]))).toEqual({
      '0': 2,
      '1': 0,
      '2': 0,
      '3': 0,
      '4': 1,
    });
  });
});
