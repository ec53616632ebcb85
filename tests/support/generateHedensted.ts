import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createPopulationWriter, type Household, type PopulationTarget } from './createPopulationWriter';

export interface HedenstedSpec {
  period: { from: string; to: string };
  districts: string[];
  teams: string[];
  visits: {
    ageMonths: 18 | 36;
    offered: number;
    visited: number;
    declined: number;
    notReached: number;
    socialMeasuresAtOffer: number;
    referredWithinHealthVisiting: number;
    referredElsewhere: number;
  }[];
  cosp: { offered: number; accepted: number; completed: number; declined: number; notReached: number };
  expected: Record<string, { numerator: number; denominator: number; percent: number }>;
}

export async function readPopulationSpec<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(join('tests', 'fixtures', 'populations', `${name}.json`), 'utf8')) as T;
}

/** The n-th of `count` dates spread evenly over the period (whole days). */
export function spreadDate(period: { from: string; to: string }, n: number, count: number): string {
  const from = Date.parse(period.from);
  const span = Date.parse(period.to) - from;
  return new Date(from + Math.floor((span * (n + 0.5)) / count / 86_400_000) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
const minusMonths = (date: string, months: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};

type Response = 'accepted' | 'declined' | 'notReached';
const offer = (offerDate: string, response: Response) => ({
  offerType: 'homeVisit',
  offerDate,
  channel: 'phone',
  response,
  ...(response === 'declined' ? { declineReason: 'noNeed' } : {}),
  ...(response === 'accepted' ? { responseDate: offerDate } : {}),
});

/**
 * Generates the Hedensted population through the engine: the 1½- and 3-year visits (offer, response,
 * visit content with its referral outcome) and the COS-P courses, dated over the project period, in two
 * districts and two teams.
 */
export async function generateHedensted(
  target: PopulationTarget,
  spec?: HedenstedSpec,
): Promise<HedenstedSpec> {
  const population = spec ?? (await readPopulationSpec<HedenstedSpec>('hedensted'));
  const write = createPopulationWriter(target);
  let n = 0;
  const household = async (offerDate: string, ageMonths: number): Promise<Household> => {
    write.at(addDays(offerDate, -1));
    const i = n++;
    return write.family(
      `Familien Hedensted ${i + 1}`,
      { birthDate: minusMonths(offerDate, ageMonths) },
      {
        district: population.districts[i % population.districts.length]!,
        team: population.teams[i % population.teams.length]!,
      },
    );
  };

  for (const visit of population.visits) {
    const state = visit.ageMonths === 18 ? 'visit18m' : 'visit36m';
    const accepted = visit.offered - visit.declined - visit.notReached;
    for (let i = 0; i < visit.offered; i++) {
      const offerDate = spreadDate(population.period, i, visit.offered);
      const family = await household(offerDate, visit.ageMonths);
      const pathwayId = await write.start(family, 'hedensted.extendedVisit', { ageMonths: visit.ageMonths });
      await write.submit(family, pathwayId, 'F04-inclusion', {
        programme: 'firstThousandDays',
        assessmentDate: offerDate,
        recruitmentSource: 'healthVisitorVisit',
        childAgeYears: visit.ageMonths === 18 ? 1 : 3,
        receivesSocialMeasures: i < visit.socialMeasuresAtOffer,
        included: true,
        proposedOffer: 'extendedVisits',
      });
      write.at(offerDate);
      // Offers in turn: accepted first (the visited ones among them), then declined, then not reached.
      const response: Response =
        i < accepted ? 'accepted' : i < accepted + visit.declined ? 'declined' : 'notReached';
      await write.submit(family, pathwayId, 'F03-offer-response', offer(offerDate, response));
      if (response !== 'accepted' || i >= visit.visited) continue;
      const visitDate = addDays(offerDate, 14);
      write.at(visitDate);
      await write.submit(family, pathwayId, 'F05-visit', {
        visitType: state,
        date: visitDate,
        location: 'home',
      });
      const within = i < visit.referredWithinHealthVisiting;
      const elsewhere = !within && i < visit.referredWithinHealthVisiting + visit.referredElsewhere;
      await write.submit(family, pathwayId, 'F22-extended-visit-content', {
        visit: state,
        outcome: within || elsewhere ? 'referral' : 'none',
        ...(within
          ? { referralScope: 'withinHealthVisiting' }
          : elsewhere
            ? { referralScope: 'elsewhere' }
            : {}),
      });
    }
  }

  const { cosp } = population;
  for (let i = 0; i < cosp.offered; i++) {
    const offerDate = spreadDate(population.period, i, cosp.offered);
    const family = await household(offerDate, 24);
    const pathwayId = await write.start(family, 'cosp.course', {
      assessInclusion: false,
      mode: 'individual',
      parentEvaluation: false,
      sessionsPlanned: 6,
    });
    write.at(offerDate);
    const response: Response =
      i < cosp.accepted ? 'accepted' : i < cosp.accepted + cosp.declined ? 'declined' : 'notReached';
    await write.submit(family, pathwayId, 'F03-offer-response', offer(offerDate, response));
    if (response !== 'accepted') continue;
    await write.submit(family, pathwayId, 'F02-consent', {
      participation: true,
      teamDiscussion: 'named',
      shareWithDayCare: false,
      gpLetter: false,
      evaluationContact: true,
      givenBy: 'bothParents',
      date: offerDate,
    });
    const start = addDays(offerDate, 7);
    write.at(start);
    await write.submit(family, pathwayId, 'F20-course-attendance', {
      entry: 'enrolment',
      courseType: 'cosp',
      mode: 'individual',
      facilitators: ['sundhedsplejerske'],
      startDate: start,
      sessionsPlanned: 6,
    });
    if (i >= cosp.completed) continue;
    write.at(addDays(start, 42));
    await write.submit(family, pathwayId, 'F20-course-attendance', {
      entry: 'closure',
      status: 'completed',
      statusDate: addDays(start, 42),
    });
  }
  return population;
}
