import { randomUUID } from 'node:crypto';
import { problems } from '../http/ProblemError';
import type {
  Family,
  FamilyAggregate,
  FamilySummary,
  Member,
  MemberRole,
  StorageAdapter,
  TimelineEntry,
} from '../storage/types';
import type { FamilyUnitOfWork } from './createFamilyUnitOfWork';
import type { PathwayService } from './createPathwayService';
import type { PathwayView } from './toPathwayView';

export interface NewMember {
  role: MemberRole;
  name: string;
  birthDate?: string;
  dueDate?: string;
}

export interface FamilyView extends Family {
  pathways: PathwayView[];
}

interface Actor {
  id: string;
  team: string;
  municipality?: string;
}

const roleNames: Record<MemberRole, { da: string; en: string }> = {
  pregnant: { da: 'gravid', en: 'pregnant' },
  mother: { da: 'mor', en: 'mother' },
  father: { da: 'far', en: 'father' },
  parent: { da: 'forælder', en: 'parent' },
  child: { da: 'barn', en: 'child' },
};

export function createFamilyService(
  storage: StorageAdapter,
  families: FamilyUnitOfWork,
  pathways: PathwayService,
  now: () => Date,
) {
  const toView = (aggregate: FamilyAggregate): FamilyView => ({
    ...aggregate.family,
    pathways: Object.values(aggregate.pathways)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
      .map((p) => pathways.view(aggregate, p.id)),
  });
  const entry = (
    kind: TimelineEntry['kind'],
    actor: Actor,
    summary: TimelineEntry['summary'],
  ): TimelineEntry => ({
    id: randomUUID(),
    at: now().toISOString(),
    by: actor.id,
    kind,
    summary,
  });

  return {
    async list(query: string | undefined): Promise<FamilySummary[]> {
      const all = await storage.listFamilies();
      const q = query?.trim().toLocaleLowerCase('da');
      const matches = q
        ? all.filter(
            (f) =>
              f.name.toLocaleLowerCase('da').includes(q) ||
              f.members.some(
                (m) => m.name.toLocaleLowerCase('da').includes(q) || m.birthDate === q || m.dueDate === q,
              ),
          )
        : all;
      return matches.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    async get(familyId: string): Promise<FamilyView> {
      return toView(await families.read(familyId));
    },

    async create(
      input: { name?: string; district?: string; members: NewMember[] },
      actor: Actor,
    ): Promise<FamilyView> {
      const members: Member[] = input.members.map((m) => ({ id: randomUUID(), ...m, name: m.name.trim() }));
      const adults = members.filter((m) => m.role !== 'child');
      const name = input.name?.trim() || `Familien ${(adults[0] ?? members[0])?.name ?? ''}`.trim();
      const family: Family = {
        id: randomUUID(),
        name,
        members,
        createdAt: now().toISOString(),
        createdBy: actor.id,
        responsibleId: actor.id,
        team: actor.team,
        ...(input.district ? { district: input.district.trim() } : {}),
        ...(actor.municipality ? { municipality: actor.municipality } : {}),
      };
      const aggregate: FamilyAggregate = {
        family,
        pathways: {},
        submissions: {},
        timeline: [
          entry('family-created', actor, {
            da: `Familie oprettet: ${name}`,
            en: `Family registered: ${name}`,
          }),
        ],
        revision: 1,
        idempotency: {},
      };
      await families.create(aggregate);
      return toView(aggregate);
    },

    async addMember(familyId: string, input: NewMember, actor: Actor): Promise<FamilyView> {
      return families.update(familyId, (aggregate) => {
        const member: Member = { id: randomUUID(), ...input, name: input.name.trim() };
        aggregate.family.members.push(member);
        const role = roleNames[member.role];
        aggregate.timeline.push(
          entry('member-added', actor, {
            da: `Familiemedlem tilføjet (${role.da})`,
            en: `Family member added (${role.en})`,
          }),
        );
        return toView(aggregate);
      });
    },

    async registerBirth(
      familyId: string,
      memberId: string,
      birthDate: string,
      actor: Actor,
    ): Promise<FamilyView> {
      return families.update(familyId, (aggregate) => {
        const child = aggregate.family.members.find((m) => m.id === memberId);
        if (!child) throw problems.notFound(`Familiemedlemmet ${memberId}`);
        if (child.role !== 'child') throw problems.conflict('Fødsel kan kun registreres for et barn.');
        if (child.birthDate) throw problems.conflict('Barnets fødsel er allerede registreret.');
        child.birthDate = birthDate;
        aggregate.timeline.push(
          entry('birth-registered', actor, {
            da: `Fødsel registreret: ${birthDate}`,
            en: `Birth registered: ${birthDate}`,
          }),
        );
        pathways.registerBirth(aggregate, child, actor);
        return toView(aggregate);
      });
    },

    async timeline(familyId: string): Promise<TimelineEntry[]> {
      const aggregate = await families.read(familyId);
      return [...aggregate.timeline].reverse();
    },

    async submission(submissionId: string) {
      const familyId = await storage.findFamilyOfSubmission(submissionId);
      const submission = familyId ? (await families.read(familyId)).submissions[submissionId] : undefined;
      if (!submission) throw problems.notFound(`Besvarelsen ${submissionId}`);
      return submission;
    },
  };
}

export type FamilyService = ReturnType<typeof createFamilyService>;
