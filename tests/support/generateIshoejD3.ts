import { createPopulationWriter, type PopulationTarget } from './createPopulationWriter';
import { readPopulationSpec } from './generateHedensted';

export interface IshoejD3Spec {
  schoolYear: string;
  firstInvitation: string;
  districts: string[];
  teams: string[];
  invited: number;
  heldWithParent: number;
  heldAfterNoShow: number;
  heldChildOnly: number;
  declined: number;
  notReached: number;
  noShowNotRebooked: number;
  expected: Record<string, { numerator: number; denominator: number; percent: number; target: number }>;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * One school year of third-grade health talks through the engine: invitations (F03), talks held with a
 * parent, held only with the child, no-shows (re-invited, some then held) and declines.
 */
export async function generateIshoejD3(target: PopulationTarget, spec?: IshoejD3Spec): Promise<IshoejD3Spec> {
  const year = spec ?? (await readPopulationSpec<IshoejD3Spec>('ishoej-d3'));
  const write = createPopulationWriter(target, { id: 'population', team: year.teams[0]! });
  const kinds = [
    ...Array<string>(year.heldWithParent).fill('held'),
    ...Array<string>(year.heldAfterNoShow).fill('heldAfterNoShow'),
    ...Array<string>(year.heldChildOnly).fill('childOnly'),
    ...Array<string>(year.declined).fill('declined'),
    ...Array<string>(year.notReached).fill('notReached'),
    ...Array<string>(year.noShowNotRebooked).fill('noShow'),
  ];
  if (kinds.length !== year.invited) throw new Error('The Ishøj D3 counts do not add up to the invited');
  for (const [i, kind] of kinds.entries()) {
    const invited = addDays(year.firstInvitation, i % 30);
    write.at(invited);
    const family = await write.family(
      `Familien Skole ${i + 1}`,
      { birthDate: addDays(invited, -9 * 365) },
      { district: year.districts[i % year.districts.length]! },
    );
    const pathwayId = await write.start(family, 'ishoej.d3.healthTalk3rdGrade');
    const response = kind === 'declined' ? 'declined' : kind === 'notReached' ? 'notReached' : 'accepted';
    const invitation = {
      offerType: 'other',
      offerTypeOther: 'Sundhedssamtale i 3. klasse',
      offerDate: invited,
      channel: 'aula',
      response,
      ...(response === 'declined' ? { declineReason: 'noNeed' } : {}),
    };
    await write.submit(family, pathwayId, 'F03-offer-response', invitation);
    if (response !== 'accepted') continue;
    const talkDate = addDays(invited, 21);
    write.at(talkDate);
    const talk = (status: string, date: string, extra: Record<string, unknown> = {}) => ({
      schoolYear: year.schoolYear,
      talkStatus: status,
      date,
      ...extra,
    });
    if (kind === 'noShow' || kind === 'heldAfterNoShow') {
      await write.submit(family, pathwayId, 'F18-third-grade-talk', talk('noShow', talkDate));
      if (kind === 'noShow') continue;
      await write.submit(family, pathwayId, 'F03-offer-response', { ...invitation, offerDate: talkDate });
    }
    const heldDate = kind === 'heldAfterNoShow' ? addDays(talkDate, 14) : talkDate;
    write.at(heldDate);
    await write.submit(
      family,
      pathwayId,
      'F18-third-grade-talk',
      talk('held', heldDate, {
        childPresent: true,
        parentsPresent: kind === 'childOnly' ? 'none' : i % 3 === 0 ? 'bothParents' : 'mother',
        outcomes: ['none'],
      }),
    );
  }
  return year;
}
