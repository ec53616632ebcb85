import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutes } from '../../server/createApp';
import type { Services } from '../../server/routes/Services';
import type { FamilyAggregate, UserRole } from '../../server/storage/types';
import {
  PARENT_JOURNAL,
  POLICY,
  REACH,
  RELATIONS,
  ROLES,
  type Relation,
  type RoutePolicy,
  type Target,
} from './authorizationPolicy';
import {
  createClient,
  createUser,
  startD1InCourse,
  startTestServer,
  type Client,
  type TestServer,
} from './startTestServer';

/**
 * Every route × role × relation (own, same team, other team, other municipality), expected outcomes from the
 * declared policy (authorizationPolicy.ts), never from the implementation. Refused by role: 403; a family
 * out of reach: 404 (so ids cannot be probed); allowed: anything but 401/403/404. Every successful answer is
 * also scanned: no family out of the caller's reach, no parent-journal data for roles that do not keep it,
 * no secrets of user records, and lists carry summaries only.
 */

// The route table as the server builds it; the services are never called while listing.
const inert: unknown = new Proxy(() => inert, {
  get: (_target, key) => (key === 'then' ? undefined : inert),
  apply: () => inert,
});
const routeKeys = listRoutes(new Proxy({}, { get: () => inert }) as Services).map(
  (r) => `${r.method.toUpperCase()} ${r.path}`,
);

const SECRET_KEYS = ['passwordHash', 'failedLogins', 'lockedUntil', 'oidcSubject', 'cpr', 'address'];
const LIST_FORBIDDEN_KEYS = ['submissions', 'data', 'computed', 'history', 'timeline', 'idempotency'];
const PARENT_MARKER = `EPDS-FORTROLIG-${randomUUID()}`;
const PARENT_FLAG_MARKER = `EPDS-OVER-CUTOFF-${randomUUID()}`;

interface Fixture {
  target: Target;
  /** An EPDS submission on a step only health visitors work. */
  parentSubmissionId: string;
}

interface Caller {
  role: UserRole;
  id: string;
  client: Client;
}

let server: TestServer;
const callers = new Map<UserRole, Caller>();
/** Families by relation to the caller of each role (own differs per role, the others are shared). */
const families = new Map<string, Fixture>();
const familyScope = new Map<string, { responsibleId: string; team: string; municipality: string }>();

function relationOf(caller: Caller, familyId: string): Relation {
  const scope = familyScope.get(familyId)!;
  if (scope.municipality !== 'ishoej') return 'otherMunicipality';
  if (scope.responsibleId === caller.id) return 'own';
  return scope.team === 'team-a' ? 'sameTeam' : 'otherTeam';
}

async function login(username: string, password: string): Promise<Client> {
  const client = createClient(server.url);
  await client.login(username, password);
  return client;
}

/** A D1 pathway in its course, made by `creator`, with an EPDS submission added to the parents' journal. */
async function makeFamily(creator: Client, responsibleId?: string): Promise<Fixture> {
  const { family, child, pathway } = await startD1InCourse(creator);
  const aggregate = (await server.storage.getFamily(family.id)) as FamilyAggregate;
  const consent = Object.values(aggregate.submissions).find((s) => s.formId === 'F02-consent')!;
  const parentSubmissionId = randomUUID();
  aggregate.submissions[parentSubmissionId] = {
    ...consent,
    id: parentSubmissionId,
    formId: 'F09-epds',
    formVersion: 1,
    state: 'course.visits.visit3m',
    data: { note: PARENT_MARKER },
    computed: {},
  };
  aggregate.timeline.push({
    id: randomUUID(),
    at: consent.submittedAt,
    by: consent.submittedBy,
    kind: 'submission',
    summary: { da: 'Udfyldt: EPDS', en: 'Filled in: EPDS' },
    pathwayId: pathway.id,
    submissionId: parentSubmissionId,
    formId: 'F09-epds',
    formVersion: 1,
  });
  // A flag from the parents' journal (as modelA raises it when the EPDS is over the cut-off).
  const flaggedAt = new Date(Date.parse(consent.submittedAt) + 1).toISOString();
  const message = { da: PARENT_FLAG_MARKER, en: PARENT_FLAG_MARKER };
  aggregate.pathways[pathway.id]!.flags.push({
    code: 'parent-screening-over-cutoff',
    message,
    at: flaggedAt,
    pathwayId: pathway.id,
  });
  aggregate.timeline.push({
    id: randomUUID(),
    at: flaggedAt,
    by: consent.submittedBy,
    kind: 'flag',
    pathwayId: pathway.id,
    summary: message,
  });
  if (responsibleId) aggregate.family.responsibleId = responsibleId;
  aggregate.revision += 1;
  await server.storage.saveFamily(aggregate);
  familyScope.set(family.id, {
    responsibleId: aggregate.family.responsibleId,
    team: aggregate.family.team,
    municipality: aggregate.family.municipality ?? '',
  });
  return {
    target: { familyId: family.id, childId: child.id, pathwayId: pathway.id, submissionId: consent.id },
    parentSubmissionId,
  };
}

function fixtureFor(caller: Caller, relation: Relation): Fixture {
  return families.get(relation === 'own' ? `own:${caller.role}` : relation)!;
}

function findKeys(value: unknown, keys: readonly string[], path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findKeys(item, keys, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => [
      ...(keys.includes(key) ? [`${path}.${key}`] : []),
      ...findKeys(child, keys, `${path}.${key}`),
    ]);
  return [];
}

type Outcome = 'allowed' | 'refused-role' | 'refused-object';

function expectedOutcome(policy: RoutePolicy, role: UserRole, relation?: Relation): Outcome {
  if (policy.allow !== 'public' && !policy.allow.includes(role)) return 'refused-role';
  if (policy.object === 'family' && relation && !REACH[role].includes(relation)) return 'refused-object';
  return 'allowed';
}

/**
 * A refusal by role is 403 and a family out of reach 404. An allowed call may still fail for its own reasons
 * (409 not due, 422 invalid example data, 401 for a wrong password on the public login, 404 for a draft or
 * an OIDC broker that does not exist), but never with the refusal that belongs to another case.
 */
function matches(outcome: Outcome, status: number, policy: RoutePolicy): boolean {
  if (outcome === 'refused-role') return status === 403;
  if (outcome === 'refused-object') return status === 404;
  if (status >= 500 || status === 403) return false;
  if (policy.allow === 'public') return true;
  return status !== 401 && (policy.object === 'none' || status !== 404);
}

/** What a successful answer must not contain for this caller. */
function leaksIn(caller: Caller, key: string, policy: RoutePolicy, body: unknown): string[] {
  const text = JSON.stringify(body);
  const leaks: string[] = [];
  if (!policy.namesFamilies) {
    for (const [familyId, fixture] of [...families.values()].map((f) => [f.target.familyId, f] as const)) {
      if (REACH[caller.role].includes(relationOf(caller, familyId))) continue;
      if (text.includes(familyId) || text.includes(fixture.target.pathwayId))
        leaks.push(`family ${familyId} (${relationOf(caller, familyId)})`);
    }
  }
  const parentData = key === 'GET /api/submissions/:submissionId' && PARENT_JOURNAL.includes(caller.role);
  if (text.includes(PARENT_MARKER) && !parentData) leaks.push('parent-journal data');
  if (!PARENT_JOURNAL.includes(caller.role) && text.includes(PARENT_FLAG_MARKER))
    leaks.push('a parent-journal flag');
  if (!PARENT_JOURNAL.includes(caller.role))
    for (const fixture of families.values())
      if (text.includes(fixture.parentSubmissionId))
        leaks.push(`parent submission ${fixture.parentSubmissionId}`);
  leaks.push(...findKeys(body, SECRET_KEYS));
  if (policy.list) leaks.push(...findKeys(body, LIST_FORBIDDEN_KEYS));
  return leaks;
}

beforeAll(async () => {
  // The evaluation export needs a pseudonymisation secret; without one it answers 503 to everyone.
  process.env.FORLOEB_PSEUDONYM_SECRET ??= 'matrix-test-pseudonym-secret-0123456789';
  server = await startTestServer({ schedulerIntervalMs: 0 });
  for (const role of ROLES) {
    const user = await createUser(server, {
      username: `matrix-${role}`,
      roles: [role],
      team: 'team-a',
      municipality: 'ishoej',
    });
    callers.set(role, { role, id: user.id, client: await login(user.username, user.password) });
  }
  const colleague = await createUser(server, {
    username: 'colleague-a',
    roles: ['sundhedsplejerske'],
    team: 'team-a',
    municipality: 'ishoej',
  });
  const otherTeam = await createUser(server, {
    username: 'worker-b',
    roles: ['sundhedsplejerske'],
    team: 'team-b',
    municipality: 'ishoej',
  });
  const otherMunicipality = await createUser(server, {
    username: 'worker-c',
    roles: ['sundhedsplejerske'],
    team: 'team-c',
    municipality: 'hedensted',
  });
  const colleagueClient = await login(colleague.username, colleague.password);
  families.set('sameTeam', await makeFamily(colleagueClient));
  families.set('otherTeam', await makeFamily(await login(otherTeam.username, otherTeam.password)));
  families.set(
    'otherMunicipality',
    await makeFamily(await login(otherMunicipality.username, otherMunicipality.password)),
  );
  for (const caller of callers.values())
    families.set(`own:${caller.role}`, await makeFamily(colleagueClient, caller.id));
}, 120_000);

afterAll(async () => {
  await server?.dispose();
});

describe('the authorization matrix', () => {
  it('has a declared policy and an example for every route in the route table', () => {
    const missing = routeKeys.filter((key) => !POLICY[key]);
    expect(missing, `Add these routes to tests/api/authorizationPolicy.ts: ${missing.join(', ')}`).toEqual(
      [],
    );
  });

  it('answers 401 to every non-public route without a session', async () => {
    const anonymous = createClient(server.url);
    const wrong: string[] = [];
    for (const key of routeKeys) {
      const policy = POLICY[key];
      if (!policy || policy.allow === 'public') continue;
      const [method] = key.split(' ');
      const example = policy.example(families.get('sameTeam')!.target, { id: 'nobody' });
      const path = typeof example.path === 'function' ? example.path([]) : example.path;
      const reply = await anonymous.request(method!, path, example.body);
      if (reply.status !== 401) wrong.push(`${key}: ${reply.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives every role exactly what the policy allows, for every route and every family relation', async () => {
    const unexpected: string[] = [];
    const leaks: string[] = [];
    let checked = 0;
    for (const key of routeKeys) {
      const policy = POLICY[key];
      if (!policy) continue;
      const [method] = key.split(' ') as [string];
      for (const role of ROLES) {
        const caller = callers.get(role)!;
        // Public routes (log in, log out) run with a fresh client, so they cannot end the caller's session.
        const client = policy.allow === 'public' ? createClient(server.url) : caller.client;
        const relations: (Relation | undefined)[] = policy.object === 'family' ? [...RELATIONS] : [undefined];
        for (const relation of relations) {
          const fixture = fixtureFor(caller, relation ?? 'own');
          const example = policy.example(fixture.target, caller);
          const before: unknown[] = [];
          for (const step of example.before ?? [])
            before.push((await client.request(step.method, step.path, step.body)).body);
          const path = typeof example.path === 'function' ? example.path(before) : example.path;
          const reply = await client.request(method, path, example.body);
          checked += 1;
          const outcome = expectedOutcome(policy, role, relation);
          if (!matches(outcome, reply.status, policy))
            unexpected.push(
              `${key} as ${role} on ${relation ?? '-'}: expected ${outcome}, got ${reply.status}`,
            );
          if (reply.status < 300)
            for (const leak of leaksIn(caller, key, policy, reply.body))
              leaks.push(`${key} as ${role} on ${relation ?? '-'}: ${leak}`);
        }
      }
    }
    expect({ unexpected, leaks }).toEqual({ unexpected: [], leaks: [] });
    expect(checked).toBeGreaterThan(routeKeys.length * ROLES.length);
  }, 120_000);

  it("keeps the parents' journal from roles that work only with the child", async () => {
    const wrong: string[] = [];
    for (const caller of callers.values()) {
      for (const relation of RELATIONS) {
        const fixture = fixtureFor(caller, relation);
        const reply = await caller.client.get(`/api/submissions/${fixture.parentSubmissionId}`);
        const allowed = PARENT_JOURNAL.includes(caller.role) && REACH[caller.role].includes(relation);
        // Roles without family data are stopped at the role gate (403); workers out of reach get 404.
        const refusal = REACH[caller.role].length === 0 ? 403 : 404;
        const ok = allowed
          ? reply.status === 200 && JSON.stringify(reply.body).includes(PARENT_MARKER)
          : reply.status === refusal;
        if (!ok) wrong.push(`${caller.role} on ${relation}: ${reply.status}`);
        // The flag the EPDS raised is part of the same journal: on the pathway and in the timeline.
        if (allowed) {
          const pathway = await caller.client.get(`/api/pathways/${fixture.target.pathwayId}`);
          const timeline = await caller.client.get(`/api/families/${fixture.target.familyId}/timeline`);
          for (const reply of [pathway, timeline])
            if (!JSON.stringify(reply.body).includes(PARENT_FLAG_MARKER))
              wrong.push(`${caller.role} on ${relation}: the parent flag is missing`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers an unknown id exactly like a family out of reach', async () => {
    const caller = callers.get('sundhedsplejerske')!;
    const unknownId = randomUUID();
    const outOfReach = families.get('otherTeam')!.target.familyId;
    const unknown = await caller.client.get(`/api/families/${unknownId}`);
    const refused = await caller.client.get(`/api/families/${outOfReach}`);
    expect(unknown.status).toBe(404);
    expect(refused.status).toBe(404);
    expect((refused.body as { detail: string }).detail).toBe(
      (unknown.body as { detail: string }).detail.replace(unknownId, outOfReach),
    );
  });
});
