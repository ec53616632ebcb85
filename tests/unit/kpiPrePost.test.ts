import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createFactIndex,
  evaluatePrePost,
  type KpiDefinition,
  type PathwayFact,
  type SubmissionFact,
} from '../../runtime/reporting';
import { DEFINITIONS_DIR, readJson } from './loadSeedLibrary';

const k05b = readJson(join(DEFINITIONS_DIR, 'kpis', 'K05b.json')) as KpiDefinition;

function course(id: string): PathwayFact {
  return {
    id,
    familyId: `family-${id}`,
    childId: `child-${id}`,
    workflowId: 'cosp.course',
    workflowVersion: 1,
    params: {},
    status: 'active',
    states: ['session'],
    events: [],
    startedAt: '2024-01-10T09:00:00.000Z',
    team: 'Team 1',
  };
}

let seq = 0;
function novax(
  pathwayId: string,
  timepoint: 'pre' | 'post',
  formVersion: number,
  sleep: string,
  weightKg?: number,
): SubmissionFact {
  seq += 1;
  return {
    id: `s${seq}`,
    pathwayId,
    familyId: `family-${pathwayId}`,
    formId: 'F17-novax-d2',
    formVersion,
    state: timepoint === 'pre' ? 'baseline' : 'postMeasurement',
    data: {
      timepoint,
      date: timepoint === 'pre' ? '2024-02-01' : '2024-06-01',
      sleepHabits: { assessment: sleep },
      ...(weightKg === undefined ? {} : { growth: { weightKg } }),
    },
    computed: {},
    submittedAt: `2024-0${timepoint === 'pre' ? 2 : 6}-01T09:00:${String(seq).padStart(2, '0')}.000Z`,
  };
}

describe('pre/post pairs', () => {
  it('counts only pairs on the same form version and reports the others apart', () => {
    const index = createFactIndex({
      pathways: ['a', 'b', 'c', 'd'].map(course),
      submissions: [
        novax('a', 'pre', 1, 'remark'),
        novax('a', 'post', 1, 'noRemark'),
        novax('b', 'pre', 2, 'remark'),
        novax('b', 'post', 2, 'remark'),
        // Started on version 1, ended on version 2: not the same measurement.
        novax('c', 'pre', 1, 'remark'),
        novax('c', 'post', 2, 'noRemark'),
        // No end measurement yet.
        novax('d', 'pre', 1, 'noRemark'),
      ],
    });
    const result = evaluatePrePost(k05b, index);
    expect(result).toMatchObject({
      pathways: 4,
      completePairs: 2,
      versionMismatch: 1,
      preOnly: 1,
      byVersion: { '1': 1, '2': 1 },
    });
    const sleep = result.measures.find((m) => m.field === 'sleepHabits.assessment')!;
    expect(sleep).toEqual({
      field: 'sleepHabits.assessment',
      pairs: 2,
      distribution: { 'remark→noRemark': 1, 'remark→remark': 1 },
    });
  });

  it('uses the latest start and end measurement of a pathway when one was taken again', () => {
    const index = createFactIndex({
      pathways: [course('a')],
      submissions: [
        novax('a', 'pre', 1, 'notAssessed'),
        novax('a', 'pre', 1, 'remark'),
        novax('a', 'post', 1, 'noRemark'),
      ],
    });
    const sleep = evaluatePrePost(k05b, index).measures.find((m) => m.field === 'sleepHabits.assessment');
    expect(sleep?.distribution).toEqual({ 'remark→noRemark': 1 });
  });

  it('gives the mean change of a numeric measure over the pairs that recorded it', () => {
    const numeric: KpiDefinition = {
      ...k05b,
      prePost: {
        ...k05b.prePost!,
        measures: [{ field: 'growth.weightKg', title: { da: 'Vægt', en: 'Weight' }, scale: 'numeric' }],
      },
    };
    const index = createFactIndex({
      pathways: ['a', 'b', 'c'].map(course),
      submissions: [
        novax('a', 'pre', 1, 'remark', 10),
        novax('a', 'post', 1, 'remark', 12),
        novax('b', 'pre', 1, 'remark', 11),
        novax('b', 'post', 1, 'remark', 12),
        novax('c', 'pre', 1, 'remark'),
        novax('c', 'post', 1, 'remark', 13),
      ],
    });
    const [weight] = evaluatePrePost(numeric, index).measures;
    expect(weight).toEqual({
      field: 'growth.weightKg',
      pairs: 2,
      meanChange: 1.5,
      distribution: { '2': 1, '1': 1 },
    });
  });
});
