import { toIsoDate } from '../../runtime';
import { canSeeFamily, createFamilyAccess } from '../auth/familyAccess';
import { redactFamily, redactPathway } from '../auth/redactParentJournal';
import { WORKERS } from '../auth/roleGroups';
import { getUser } from '../auth/sessions';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import {
  birthInput,
  correctionInput,
  familyInput,
  familyView,
  memberInput,
  submission,
  timelineEntry,
} from '../http/schemas';
import { validateBody } from '../http/validateBody';
import type { NewMember } from '../services/createFamilyService';
import type { Services } from './Services';

const familyList = { type: 'array', items: { type: 'object' } };

export function familyRoutes({
  families,
  pathways,
  storage,
  catalog,
  accessLog,
  now,
}: Services): RouteSpec[] {
  const access = createFamilyAccess(storage, catalog);
  const log = (userId: string, action: 'read' | 'search' | 'write', resource: string, familyId?: string) =>
    accessLog.record({
      at: now().toISOString(),
      userId,
      action,
      resource,
      ...(familyId ? { familyId } : {}),
    });
  const assertNotFuture = (date: string | undefined, path: string) => {
    if (date && date > toIsoDate(now()))
      throw problems.invalidData('Datoen ligger i fremtiden.', [
        { path, keyword: 'maximum', message: 'Må ikke ligge i fremtiden' },
      ]);
  };
  const checkMembers = (members: NewMember[], prefix: string) =>
    members.forEach((m, i) => {
      assertNotFuture(m.birthDate, `${prefix}${i}.birthDate`);
      if (m.role === 'child' && !m.birthDate && !m.dueDate) {
        throw problems.invalidData('Et barn skal have en fødselsdato eller en termin.', [
          { path: `${prefix}${i}.birthDate`, keyword: 'required', message: 'Angiv fødselsdato eller termin' },
        ]);
      }
    });

  return [
    {
      method: 'get',
      path: '/api/families',
      tag: 'families',
      roles: WORKERS,
      summary: 'Families, newest first; `q` searches names and dates',
      query: { q: { description: 'Search in names, birth dates and due dates (YYYY-MM-DD)' } },
      responses: { 200: { description: 'Family summaries', schema: familyList } },
      async handle(req, res) {
        const user = getUser(res);
        const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 200) : undefined;
        const result = access.filterFamilies(user, await families.list(q));
        // A search may be for a name: the log keeps its kind and a keyed hash, and the ids it returned.
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: q ? 'search' : 'read',
          resource: q ? 'families?q' : 'families',
          familyIds: result.map((f) => f.id),
          ...(q ? { search: accessLog.describeSearch(q) } : {}),
        });
        res.json(result);
      },
    },
    {
      method: 'post',
      path: '/api/families',
      tag: 'families',
      roles: WORKERS,
      summary: 'Register a family with its members (a pregnant person, parents, children)',
      body: familyInput,
      responses: {
        201: { description: 'The family', schema: familyView },
        400: { description: 'Invalid input' },
        422: { description: 'Invalid dates' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const input = validateBody<{ name?: string; district?: string; members: NewMember[] }>(
          familyInput,
          req.body,
        );
        checkMembers(input.members, 'members.');
        const family = await families.create(input, user);
        await log(user.id, 'write', `family:${family.id}`, family.id);
        res.status(201).location(`/api/families/${family.id}`).json(family);
      },
    },
    {
      method: 'get',
      path: '/api/families/:familyId',
      tag: 'families',
      roles: WORKERS,
      summary: 'A family with its members and pathways',
      responses: {
        200: { description: 'The family', schema: familyView },
        404: { description: 'Unknown family' },
      },
      async handle(req, res) {
        const user = getUser(res);
        // One read instead of assertFamily's and then the aggregate's: the aggregate has what the rule needs.
        // Out of reach is answered like an unknown id, as assertFamily does.
        const family = await families.get(String(req.params.familyId));
        if (!canSeeFamily(user, family)) throw problems.notFound(`Familien ${family.id}`);
        await log(user.id, 'read', `family:${family.id}`, family.id);
        res.json(redactFamily(user, family));
      },
    },
    {
      method: 'post',
      path: '/api/families/:familyId/members',
      tag: 'families',
      roles: WORKERS,
      summary: 'Add a member to a family',
      body: memberInput,
      responses: {
        201: { description: 'The family', schema: familyView },
        404: { description: 'Unknown family' },
      },
      async handle(req, res) {
        const user = getUser(res);
        await access.assertFamily(user, String(req.params.familyId));
        const input = validateBody<NewMember>(memberInput, req.body);
        checkMembers([input], '');
        const family = await families.addMember(String(req.params.familyId), input, user);
        await log(user.id, 'write', `family:${family.id}`, family.id);
        res.status(201).json(redactFamily(user, family));
      },
    },
    {
      method: 'post',
      path: '/api/families/:familyId/members/:memberId/birth',
      tag: 'families',
      roles: WORKERS,
      summary: "Register a child's birth; the child's pathways hear CHILD_BORN",
      body: birthInput,
      responses: {
        200: { description: 'The family', schema: familyView },
        404: { description: 'Unknown family or member' },
        409: { description: 'Already born' },
      },
      async handle(req, res) {
        const user = getUser(res);
        await access.assertFamily(user, String(req.params.familyId));
        const { birthDate } = validateBody<{ birthDate: string }>(birthInput, req.body);
        assertNotFuture(birthDate, 'birthDate');
        const family = await families.registerBirth(
          String(req.params.familyId),
          String(req.params.memberId),
          birthDate,
          user,
        );
        await log(user.id, 'write', `family:${family.id}`, family.id);
        res.json(redactFamily(user, family));
      },
    },
    {
      method: 'get',
      path: '/api/families/:familyId/timeline',
      tag: 'families',
      roles: WORKERS,
      summary: "The family's timeline: submissions, transitions, births; newest first",
      responses: {
        200: { description: 'Timeline entries', schema: { type: 'array', items: timelineEntry } },
        404: { description: 'Unknown family' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const familyId = String(req.params.familyId);
        await access.assertFamily(user, familyId);
        const entries = await access.filterTimeline(user, familyId, await families.timeline(familyId));
        await log(user.id, 'read', `timeline:${familyId}`, familyId);
        res.json(entries);
      },
    },
    {
      method: 'get',
      path: '/api/submissions/:submissionId',
      tag: 'families',
      roles: WORKERS,
      summary: 'One submission, with the form version it was filled in on',
      responses: {
        200: { description: 'The submission', schema: submission },
        404: { description: 'Unknown submission' },
      },
      async handle(req, res) {
        const user = getUser(res);
        await access.assertSubmission(user, String(req.params.submissionId));
        const found = await families.submission(String(req.params.submissionId));
        await log(user.id, 'read', `submission:${found.id}`, found.familyId);
        res.json(found);
      },
    },
    {
      method: 'post',
      path: '/api/submissions/:submissionId/corrections',
      tag: 'families',
      roles: WORKERS,
      summary:
        'Correct a submission: a new submission of the same form version, linked to the old one, with a reason',
      body: correctionInput,
      responses: {
        201: { description: 'The correction and the pathway after it' },
        404: { description: 'Unknown submission' },
        409: { description: 'Already corrected: correct the newest version' },
        422: { description: 'The data does not satisfy the form' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const submissionId = String(req.params.submissionId);
        const familyId = await access.assertSubmission(user, submissionId);
        const input = validateBody<{ data: unknown; reason: string }>(correctionInput, req.body);
        const result = await pathways.correct(familyId, submissionId, input, user);
        await log(user.id, 'write', `submission:${result.submission.id}`, familyId);
        res.status(201).json({ ...result, pathway: redactPathway(user, result.pathway) });
      },
    },
  ];
}
