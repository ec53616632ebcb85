import { toIsoDate } from '../../runtime';
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

export function familyRoutes({ families, pathways, storage, accessLog, now }: Services): RouteSpec[] {
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
      summary: 'Families, newest first; `q` searches names and dates',
      query: { q: { description: 'Search in names, birth dates and due dates (YYYY-MM-DD)' } },
      responses: { 200: { description: 'Family summaries', schema: familyList } },
      async handle(req, res) {
        const user = getUser(res);
        const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 200) : undefined;
        const result = await families.list(q);
        await log(user.id, q ? 'search' : 'read', q ? 'families?q' : 'families');
        res.json(result);
      },
    },
    {
      method: 'post',
      path: '/api/families',
      tag: 'families',
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
      summary: 'A family with its members and pathways',
      responses: {
        200: { description: 'The family', schema: familyView },
        404: { description: 'Unknown family' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const family = await families.get(String(req.params.familyId));
        await log(user.id, 'read', `family:${family.id}`, family.id);
        res.json(family);
      },
    },
    {
      method: 'post',
      path: '/api/families/:familyId/members',
      tag: 'families',
      summary: 'Add a member to a family',
      body: memberInput,
      responses: {
        201: { description: 'The family', schema: familyView },
        404: { description: 'Unknown family' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const input = validateBody<NewMember>(memberInput, req.body);
        checkMembers([input], '');
        const family = await families.addMember(String(req.params.familyId), input, user);
        await log(user.id, 'write', `family:${family.id}`, family.id);
        res.status(201).json(family);
      },
    },
    {
      method: 'post',
      path: '/api/families/:familyId/members/:memberId/birth',
      tag: 'families',
      summary: "Register a child's birth; the child's pathways hear CHILD_BORN",
      body: birthInput,
      responses: {
        200: { description: 'The family', schema: familyView },
        404: { description: 'Unknown family or member' },
        409: { description: 'Already born' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const { birthDate } = validateBody<{ birthDate: string }>(birthInput, req.body);
        assertNotFuture(birthDate, 'birthDate');
        const family = await families.registerBirth(
          String(req.params.familyId),
          String(req.params.memberId),
          birthDate,
          user,
        );
        await log(user.id, 'write', `family:${family.id}`, family.id);
        res.json(family);
      },
    },
    {
      method: 'get',
      path: '/api/families/:familyId/timeline',
      tag: 'families',
      summary: "The family's timeline: submissions, transitions, births; newest first",
      responses: {
        200: { description: 'Timeline entries', schema: { type: 'array', items: timelineEntry } },
        404: { description: 'Unknown family' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const familyId = String(req.params.familyId);
        const entries = await families.timeline(familyId);
        await log(user.id, 'read', `timeline:${familyId}`, familyId);
        res.json(entries);
      },
    },
    {
      method: 'get',
      path: '/api/submissions/:submissionId',
      tag: 'families',
      summary: 'One submission, with the form version it was filled in on',
      responses: {
        200: { description: 'The submission', schema: submission },
        404: { description: 'Unknown submission' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const found = await families.submission(String(req.params.submissionId));
        await log(user.id, 'read', `submission:${found.id}`, found.familyId);
        res.json(found);
      },
    },
    {
      method: 'post',
      path: '/api/submissions/:submissionId/corrections',
      tag: 'families',
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
        const input = validateBody<{ data: unknown; reason: string }>(correctionInput, req.body);
        const submissionId = String(req.params.submissionId);
        const familyId = await storage.findFamilyOfSubmission(submissionId);
        if (!familyId) throw problems.notFound(`Besvarelsen ${submissionId}`);
        const result = await pathways.correct(familyId, submissionId, input, user);
        await log(user.id, 'write', `submission:${result.submission.id}`, familyId);
        res.status(201).json(result);
      },
    },
  ];
}
