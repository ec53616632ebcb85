import { CONSENT_PURPOSE_IDS } from '../../runtime';
import type { UserRole } from '../../server/storage/types';

/**
 * The access policy, declared here on its own (not read from the implementation), and one example request
 * per route. The matrix test (authorizationMatrix.test.ts) walks the server's route table and fails for a
 * route that has no entry here: a new route must say who may call it and how to call it.
 */

export const ROLES: readonly UserRole[] = [
  'sundhedsplejerske',
  'ressourcepaedagog',
  'familiebehandler',
  'ledende_sundhedsplejerske',
  'redaktoer',
  'administrator',
  'revisor',
];

const WORKERS: UserRole[] = [
  'sundhedsplejerske',
  'ressourcepaedagog',
  'familiebehandler',
  'ledende_sundhedsplejerske',
];
const EDITORS: UserRole[] = ['redaktoer', 'administrator'];
const ADMINISTRATORS: UserRole[] = ['administrator'];
const REPORT_READERS: UserRole[] = ['ledende_sundhedsplejerske', 'administrator', 'redaktoer'];
const EVERYONE: UserRole[] = [...ROLES];

/** How a family stands to the caller. */
export type Relation = 'own' | 'sameTeam' | 'otherTeam' | 'otherMunicipality';
export const RELATIONS: readonly Relation[] = ['own', 'sameTeam', 'otherTeam', 'otherMunicipality'];

/**
 * Which families each role reaches: her caseload and her team; a lead health visitor all teams of her
 * municipality; project staff, administrators and auditors no family data at all; nobody another
 * municipality's families.
 */
export const REACH: Record<UserRole, readonly Relation[]> = {
  sundhedsplejerske: ['own', 'sameTeam'],
  ressourcepaedagog: ['own', 'sameTeam'],
  familiebehandler: ['own', 'sameTeam'],
  ledende_sundhedsplejerske: ['own', 'sameTeam', 'otherTeam'],
  redaktoer: [],
  administrator: [],
  revisor: [],
};

/** Who sees a `subject: 'parent'` submission filled in on a step only health visitors work (EPDS at 3 months). */
export const PARENT_JOURNAL: readonly UserRole[] = ['sundhedsplejerske', 'ledende_sundhedsplejerske'];

/** One family of the fixture, as the examples need it. */
export interface Target {
  familyId: string;
  childId: string;
  pathwayId: string;
  /** The D1 consent (a parent form on a step pedagogues and therapists work too). */
  submissionId: string;
}

export interface Example {
  /** The path with its parameters filled in (and a query); a function gets the bodies `before` answered. */
  path: string | ((before: unknown[]) => string);
  body?: unknown;
  /** Requests to send first with the same client (e.g. save a draft before reading it). */
  before?: { method: string; path: string; body?: unknown }[];
}

export interface RoutePolicy {
  /** Roles allowed past the role gate; 'public' needs no login. */
  allow: readonly UserRole[] | 'public';
  /** 'family': the object-level rule applies to `target`; 'none': no family object. */
  object: 'family' | 'none';
  /** A list of families: must carry summaries only (no submissions, form data or history). */
  list?: boolean;
  /** The response names families by id by design (the access log for auditors). */
  namesFamilies?: boolean;
  example(target: Target, caller: { id: string }): Example;
}

const draft = (t: Target) => `/api/pathways/${t.pathwayId}/drafts/F05-visit`;

export const POLICY: Record<string, RoutePolicy> = {
  'POST /api/session': {
    allow: 'public',
    object: 'none',
    example: () => ({ path: '/api/session', body: { username: 'nobody', password: 'wrong' } }),
  },
  'GET /api/session': { allow: EVERYONE, object: 'none', example: () => ({ path: '/api/session' }) },
  'DELETE /api/session': { allow: 'public', object: 'none', example: () => ({ path: '/api/session' }) },
  'GET /api/session/options': {
    allow: 'public',
    object: 'none',
    example: () => ({ path: '/api/session/options' }),
  },
  'GET /api/oidc/login': { allow: 'public', object: 'none', example: () => ({ path: '/api/oidc/login' }) },
  'GET /api/oidc/callback': {
    allow: 'public',
    object: 'none',
    example: () => ({ path: '/api/oidc/callback?code=x&state=y' }),
  },
  'GET /api/workflows': { allow: EVERYONE, object: 'none', example: () => ({ path: '/api/workflows' }) },
  'GET /api/workflows/:id/versions/:version': {
    allow: EVERYONE,
    object: 'none',
    example: () => ({ path: '/api/workflows/ishoej.d1/versions/1' }),
  },
  'GET /api/forms': { allow: EVERYONE, object: 'none', example: () => ({ path: '/api/forms' }) },
  'GET /api/forms/:id/versions/:version': {
    allow: EVERYONE,
    object: 'none',
    example: () => ({ path: '/api/forms/F09-epds/versions/1' }),
  },
  'GET /api/forms/:id/versions/:version/validator.js': {
    allow: EVERYONE,
    object: 'none',
    example: () => ({ path: '/api/forms/F09-epds/versions/1/validator.js' }),
  },
  'POST /api/form-validators': {
    allow: EDITORS,
    object: 'none',
    example: () => ({ path: '/api/form-validators', body: { schema: { type: 'object' } } }),
  },
  'GET /api/form-validators/:key': {
    allow: EDITORS,
    object: 'none',
    example: () => ({ path: `/api/form-validators/${'0'.repeat(64)}.js` }),
  },
  'GET /api/families': {
    allow: WORKERS,
    object: 'none',
    list: true,
    example: () => ({ path: '/api/families' }),
  },
  'POST /api/families': {
    allow: WORKERS,
    object: 'none',
    example: () => ({ path: '/api/families', body: { members: [{ role: 'pregnant', name: 'Ny Familie' }] } }),
  },
  'GET /api/families/:familyId': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({ path: `/api/families/${t.familyId}` }),
  },
  'POST /api/families/:familyId/members': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({ path: `/api/families/${t.familyId}/members`, body: { role: 'father', name: 'Far' } }),
  },
  'POST /api/families/:familyId/members/:memberId/birth': {
    allow: WORKERS,
    object: 'family',
    // The fixture's child is born already: an allowed caller gets 409, a refused one 403/404.
    example: (t) => ({
      path: `/api/families/${t.familyId}/members/${t.childId}/birth`,
      body: { birthDate: '2026-11-10' },
    }),
  },
  'GET /api/families/:familyId/timeline': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({ path: `/api/families/${t.familyId}/timeline` }),
  },
  'GET /api/submissions/:submissionId': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({ path: `/api/submissions/${t.submissionId}` }),
  },
  'POST /api/submissions/:submissionId/corrections': {
    allow: WORKERS,
    object: 'family',
    // Invalid data on purpose: an allowed caller gets 409/422 and nothing changes.
    example: (t) => ({
      path: `/api/submissions/${t.submissionId}/corrections`,
      body: { data: { notAField: true }, reason: 'Matrixtest' },
    }),
  },
  'POST /api/families/:familyId/pathways': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({
      path: `/api/families/${t.familyId}/pathways`,
      body: { workflowId: 'ishoej.d1', childId: 'not-a-member' },
    }),
  },
  'GET /api/pathways/:pathwayId': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({ path: `/api/pathways/${t.pathwayId}` }),
  },
  'POST /api/pathways/:pathwayId/submissions': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({
      path: `/api/pathways/${t.pathwayId}/submissions`,
      body: { formId: 'F03-offer-response', data: {} },
    }),
  },
  'POST /api/pathways/:pathwayId/events': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({ path: `/api/pathways/${t.pathwayId}/events`, body: { type: 'NOT_AN_EVENT' } }),
  },
  'GET /api/pathways/:pathwayId/drafts/:formId': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({
      path: draft(t),
      before: [{ method: 'PUT', path: draft(t), body: { data: { note: 'kladde' }, version: 0 } }],
    }),
  },
  'PUT /api/pathways/:pathwayId/drafts/:formId': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({ path: draft(t), body: { data: { note: 'kladde' }, version: 0 } }),
  },
  'GET /api/worklist': {
    allow: WORKERS,
    object: 'none',
    list: true,
    example: () => ({ path: '/api/worklist?scope=team' }),
  },
  'GET /api/caseload': {
    allow: WORKERS,
    object: 'none',
    list: true,
    example: () => ({ path: '/api/caseload' }),
  },
  'GET /api/definition-drafts': {
    allow: EDITORS,
    object: 'none',
    example: () => ({ path: '/api/definition-drafts' }),
  },
  'GET /api/definition-drafts/:kind/:id': {
    allow: EDITORS,
    object: 'none',
    example: () => ({ path: '/api/definition-drafts/form/F09-epds' }),
  },
  'PUT /api/definition-drafts/:kind/:id': {
    allow: EDITORS,
    object: 'none',
    example: () => ({ path: '/api/definition-drafts/form/matrix-test', body: { content: {} } }),
  },
  'DELETE /api/definition-drafts/:kind/:id': {
    allow: EDITORS,
    object: 'none',
    example: () => ({ path: '/api/definition-drafts/form/matrix-test' }),
  },
  'POST /api/definition-drafts/:kind/:id/check': {
    allow: EDITORS,
    object: 'none',
    example: () => ({ path: '/api/definition-drafts/form/matrix-test/check', body: { content: {} } }),
  },
  'POST /api/definition-drafts/:kind/:id/submit': {
    allow: EDITORS,
    object: 'none',
    example: () => ({
      path: '/api/definition-drafts/form/matrix-test/submit',
      body: { comment: 'Matrixtest' },
    }),
  },
  'POST /api/definition-drafts/:kind/:id/approve': {
    allow: ADMINISTRATORS,
    object: 'none',
    example: () => ({
      path: '/api/definition-drafts/form/matrix-test/approve',
      body: { comment: 'Matrixtest' },
    }),
  },
  'POST /api/definition-drafts/:kind/:id/reject': {
    allow: ADMINISTRATORS,
    object: 'none',
    example: () => ({
      path: '/api/definition-drafts/form/matrix-test/reject',
      body: { comment: 'Matrixtest' },
    }),
  },
  'POST /api/definition-drafts/:kind/:id/publish': {
    allow: ADMINISTRATORS,
    object: 'none',
    example: () => ({
      path: '/api/definition-drafts/form/matrix-test/publish',
      body: { comment: 'Matrixtest' },
    }),
  },
  'POST /api/definitions/:kind/:id/versions/:version/retire': {
    allow: ADMINISTRATORS,
    object: 'none',
    // Version 99 does not exist: an allowed caller gets 404/409, nothing is retired.
    example: () => ({
      path: '/api/definitions/form/F09-epds/versions/99/retire',
      body: { comment: 'Matrixtest' },
    }),
  },
  'POST /api/definitions/:kind/:id/versions/:version/rollback': {
    allow: ADMINISTRATORS,
    object: 'none',
    example: () => ({
      path: '/api/definitions/form/F09-epds/versions/99/rollback',
      body: { comment: 'Matrixtest' },
    }),
  },
  'GET /api/definitions': {
    allow: EDITORS,
    object: 'none',
    example: () => ({ path: '/api/definitions' }),
  },
  'GET /api/definitions/:kind/:id/versions': {
    allow: EVERYONE,
    object: 'none',
    example: () => ({ path: '/api/definitions/form/F09-epds/versions' }),
  },
  'GET /api/definitions/:kind/:id/history': {
    allow: EDITORS,
    object: 'none',
    example: () => ({ path: '/api/definitions/form/F09-epds/history' }),
  },
  'GET /api/definitions/:kind/:id/diff': {
    allow: EDITORS,
    object: 'none',
    example: () => ({ path: '/api/definitions/form/F09-epds/diff?from=1&to=1' }),
  },
  'GET /api/definitions/workflow/:id/versions/:version/bundle': {
    allow: EVERYONE,
    object: 'none',
    example: () => ({ path: '/api/definitions/workflow/ishoej.d1/versions/1/bundle' }),
  },
  'POST /api/definition-bundles/preview': {
    allow: EDITORS,
    object: 'none',
    example: () => ({ path: '/api/definition-bundles/preview', body: {} }),
  },
  'POST /api/definition-bundles/import': {
    allow: ADMINISTRATORS,
    object: 'none',
    example: () => ({ path: '/api/definition-bundles/import', body: {} }),
  },
  // Reports: aggregates for those who lead or evaluate the work; no family data in them.
  'GET /api/reports/catalogue': {
    allow: REPORT_READERS,
    object: 'none',
    example: () => ({ path: '/api/reports/catalogue' }),
  },
  'GET /api/reports/dashboard': {
    allow: REPORT_READERS,
    object: 'none',
    example: () => ({ path: '/api/reports/dashboard' }),
  },
  'GET /api/reports/kpis/:kpiId/export': {
    allow: REPORT_READERS,
    object: 'none',
    example: () => ({ path: '/api/reports/kpis/K02a/export' }),
  },
  'GET /api/reports/dictionary': {
    allow: REPORT_READERS,
    object: 'none',
    example: () => ({ path: '/api/reports/dictionary?programme=ishoej' }),
  },
  // The drill-down names families: family data, so only the lead health visitor, within her reach.
  'GET /api/reports/kpis/:kpiId/families': {
    allow: ['ledende_sundhedsplejerske'],
    object: 'none',
    list: true,
    example: () => ({ path: '/api/reports/kpis/K02a/families' }),
  },
  // Pseudonymised evaluation data: for the project's evaluation, by those who run it.
  'GET /api/reports/evaluation-export': {
    allow: ['ledende_sundhedsplejerske', 'administrator'],
    object: 'none',
    example: () => ({ path: '/api/reports/evaluation-export?programme=ishoej' }),
  },
  'GET /api/families/:familyId/consents': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({ path: `/api/families/${t.familyId}/consents` }),
  },
  'POST /api/families/:familyId/consents': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({
      path: `/api/families/${t.familyId}/consents`,
      body: { memberId: t.childId, purpose: CONSENT_PURPOSE_IDS[0], givenOn: '2026-11-01' },
    }),
  },
  'POST /api/families/:familyId/consents/:consentId/withdraw': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({
      before: [
        {
          method: 'POST',
          path: `/api/families/${t.familyId}/consents`,
          body: { memberId: t.childId, purpose: CONSENT_PURPOSE_IDS[0], givenOn: '2026-11-01' },
        },
      ],
      // The consent the caller just recorded (a refused caller recorded none: any id then).
      path: (before) => {
        const records = (before[0] as { records?: { id: string }[] } | undefined)?.records ?? [];
        return `/api/families/${t.familyId}/consents/${records.at(-1)?.id ?? 'none'}/withdraw`;
      },
    }),
  },
  // Organisation records (presence time and the like) are the team's, not a family's.
  'POST /api/organisation-records': {
    allow: [...WORKERS, 'administrator'],
    object: 'none',
    example: () => ({ path: '/api/organisation-records', body: { formId: 'not-a-form', data: {} } }),
  },
  'GET /api/organisation-records': {
    allow: [...WORKERS, 'administrator'],
    object: 'none',
    example: () => ({ path: '/api/organisation-records' }),
  },
  // Migrating pathways to a new definition version is a definitions operation.
  'POST /api/workflows/:id/migrations/dry-run': {
    allow: ADMINISTRATORS,
    object: 'none',
    namesFamilies: true,
    example: () => ({ path: '/api/workflows/ishoej.d1/migrations/dry-run', body: {} }),
  },
  'POST /api/workflows/:id/migrations': {
    allow: ADMINISTRATORS,
    object: 'none',
    namesFamilies: true,
    example: () => ({ path: '/api/workflows/ishoej.d1/migrations', body: {} }),
  },
  'GET /api/workflows/:id/migrations': {
    allow: ADMINISTRATORS,
    object: 'none',
    namesFamilies: true,
    example: () => ({ path: '/api/workflows/ishoej.d1/migrations' }),
  },
  'GET /api/migrations/:batchId': {
    allow: ADMINISTRATORS,
    object: 'none',
    namesFamilies: true,
    example: () => ({ path: '/api/migrations/unknown-batch' }),
  },
  'POST /api/migrations/:batchId/undo': {
    allow: ADMINISTRATORS,
    object: 'none',
    namesFamilies: true,
    example: () => ({ path: '/api/migrations/unknown-batch/undo', body: {} }),
  },
  // Retention is run by administrators; a legal hold names a family by id but shows none of its data.
  'GET /api/retention/policy': {
    allow: ADMINISTRATORS,
    object: 'none',
    example: () => ({ path: '/api/retention/policy' }),
  },
  'POST /api/retention/run': {
    allow: ADMINISTRATORS,
    object: 'none',
    namesFamilies: true,
    example: () => ({ path: '/api/retention/run', body: { dryRun: true } }),
  },
  'PUT /api/families/:familyId/legal-hold': {
    allow: ADMINISTRATORS,
    object: 'none',
    namesFamilies: true,
    example: (t) => ({ path: `/api/families/${t.familyId}/legal-hold`, body: { reason: 'Matrixtest' } }),
  },
  'DELETE /api/families/:familyId/legal-hold': {
    allow: ADMINISTRATORS,
    object: 'none',
    namesFamilies: true,
    example: (t) => ({ path: `/api/families/${t.familyId}/legal-hold` }),
  },
  'POST /api/audit/print': {
    allow: WORKERS,
    object: 'family',
    example: (t) => ({ path: '/api/audit/print', body: { familyId: t.familyId } }),
  },
  'GET /api/audit/families/:familyId': {
    allow: ['administrator', 'revisor'],
    object: 'none',
    namesFamilies: true,
    example: (t) => ({ path: `/api/audit/families/${t.familyId}` }),
  },
  'GET /api/audit/users/:userId': {
    allow: ['administrator', 'revisor'],
    object: 'none',
    namesFamilies: true,
    example: (_t, caller) => ({ path: `/api/audit/users/${caller.id}` }),
  },
  'GET /api/audit/spot-check': {
    allow: ['ledende_sundhedsplejerske', 'administrator', 'revisor'],
    object: 'none',
    namesFamilies: true,
    example: () => ({ path: '/api/audit/spot-check' }),
  },
  'GET /api/audit/verify': {
    allow: ['administrator', 'revisor'],
    object: 'none',
    example: () => ({ path: '/api/audit/verify' }),
  },
};
