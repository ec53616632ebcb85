import { createPopulationWriter, type Household, type PopulationTarget } from './createPopulationWriter';

/**
 * A small model A population for the level join, K19 and K28, written through the engine. Families come in
 * fours, each with a need-visit series (F05 + F11, an EPDS) and a level timeline:
 * 1. level 2 assessed before; a positive EPDS and a need visit for it the same day;
 * 2. level 3 assessed only after the activities (so not levelled at the time); a positive EPDS and a need
 *    visit two days later for another reason;
 * 3. no level assessment; a need visit, then a positive EPDS three days later (not followed by one);
 * 4. level 4 assessed before; a negative EPDS and a need visit.
 * `expected` holds what the KPIs must show.
 */
export interface LevelledSpec {
  groups: number;
  firstDate: string;
  expected: {
    K19: { numerator: number; denominator: number; forScreening: number };
    /** K28: activities per level code. */
    K28: Record<string, number>;
    /** K23: need-visit series per level code. */
    K23: Record<string, number>;
  };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

const epds = (screeningDate: string, positive: boolean) => ({
  screeningDate,
  respondent: 'mother',
  phase: 'postnatal',
  childAgeWeeks: 8,
  status: 'completed',
  totalScore: positive ? 15 : 4,
  cutoffUsed: 11,
  overCutoffAssessment: positive,
  gpLetterConsent: false,
});
const visit = (date: string) => ({ visitType: 'need', date, location: 'home' });
const needVisit = (visitDate: string, reason: string) => ({
  visitDate,
  reason,
  criteriaMet: 'yes',
  nextStep: 'resolved',
});
const level = (assessmentDate: string, value: number) => ({
  assessmentDate,
  occasion: 'firstAssessment',
  level: value,
  spDeliversExtra: value > 1,
});

export async function generateLevelledFamilies(target: PopulationTarget, groups = 2): Promise<LevelledSpec> {
  const write = createPopulationWriter(target, { id: 'population', team: 'Team Niveau' });
  const firstDate = '2021-03-01';
  for (let g = 0; g < groups; g++) {
    const day = addDays(firstDate, g * 30);
    const family = async (n: number): Promise<Household> => {
      write.at(addDays(day, -20));
      return write.family(`Familien Niveau ${g * 4 + n}`, { birthDate: addDays(day, -60) });
    };
    const assess = async (household: Household, date: string, value: number) => {
      const id = await write.start(household, 'level.assessment', { episode: 'infant' });
      write.at(date);
      await write.submit(household, id, 'F06-level-assessment', level(date, value));
    };
    const series = async (
      household: Household,
      steps: [string, 'F05' | 'F11' | 'F09', unknown?][],
      reason = 'positiveParentScreening',
    ) => {
      write.at(steps[0]![0]);
      const id = await write.start(household, 'needVisitSeries');
      for (const [date, form, positive] of steps) {
        write.at(date);
        if (form === 'F05') await write.submit(household, id, 'F05-visit', visit(date));
        else if (form === 'F09') await write.submit(household, id, 'F09-epds', epds(date, positive === true));
        else await write.submit(household, id, 'F11-need-visit', needVisit(date, reason));
      }
    };

    const one = await family(1);
    await assess(one, addDays(day, -10), 2);
    await series(one, [
      [day, 'F09', true],
      [day, 'F05'],
      [day, 'F11'],
    ]);

    const two = await family(2);
    await series(
      two,
      [
        [day, 'F09', true],
        [addDays(day, 2), 'F05'],
        [addDays(day, 2), 'F11'],
      ],
      'breastfeeding',
    );
    await assess(two, addDays(day, 10), 3);

    const three = await family(3);
    await series(three, [
      [day, 'F05'],
      [day, 'F09', false],
      [day, 'F11'],
    ]);
    // A second series: the positive screening comes after the family's only need visits.
    write.at(addDays(day, 3));
    const late = await write.start(three, 'needVisitSeries');
    await write.submit(three, late, 'F09-epds', epds(addDays(day, 3), true));

    const four = await family(4);
    await assess(four, addDays(day, -5), 4);
    await series(four, [
      [day, 'F09', false],
      [day, 'F05'],
      [day, 'F11'],
    ]);
  }
  return {
    groups,
    firstDate,
    expected: {
      K19: { numerator: 2 * groups, denominator: 3 * groups, forScreening: 1 * groups },
      // Every family: one F05 and its completed EPDS screenings (family 3 has two).
      K28: { '0': 5 * groups, '1': 0, '2': 2 * groups, '3': 0, '4': 2 * groups },
      K23: { '0': 2 * groups, '1': 0, '2': 1 * groups, '3': 0, '4': 1 * groups },
    },
  };
}
