import { randomUUID } from 'node:crypto';
import {
  CONSENT_PURPOSE_IDS,
  CONSENT_PURPOSES,
  CONSENTS_CHANGED,
  isConsentPurpose,
  toConsentFacts,
  toIsoDate,
} from '../../runtime';
import { createFamilyAccess } from '../auth/familyAccess';
import { WORKERS } from '../auth/roleGroups';
import { getUser } from '../auth/sessions';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import { validateBody } from '../http/validateBody';
import { createFamilyUnitOfWork } from '../services/createFamilyUnitOfWork';
import type { ConsentRecord, FamilyAggregate } from '../storage/types';
import type { Services } from './Services';

const consentInput = {
  type: 'object',
  required: ['memberId', 'purpose', 'givenOn'],
  additionalProperties: false,
  properties: {
    memberId: { type: 'string', minLength: 1, maxLength: 100 },
    purpose: { enum: CONSENT_PURPOSE_IDS, description: 'What the consent is for' },
    givenOn: { type: 'string', format: 'date', description: 'The date on the consent (YYYY-MM-DD)' },
  },
};
const consentRecord = {
  type: 'object',
  required: ['id', 'memberId', 'purpose', 'givenAt', 'givenOn', 'recordedBy'],
  properties: {
    id: { type: 'string' },
    memberId: { type: 'string' },
    purpose: { type: 'string' },
    givenAt: { type: 'string' },
    givenOn: { type: 'string' },
    recordedBy: { type: 'string' },
    withdrawnAt: { type: 'string' },
    withdrawnBy: { type: 'string' },
  },
};
const consentsView = {
  type: 'object',
  required: ['current', 'records', 'purposes'],
  properties: {
    current: {
      type: 'object',
      description: 'purpose → given now (what guards read as `consents.<purpose>`)',
    },
    records: {
      type: 'array',
      items: consentRecord,
      description: 'Every consent, withdrawn ones too, oldest first',
    },
    purposes: { type: 'object', description: 'purpose → its wording { da, en }' },
  },
};

/**
 * Consent as data: purpose-bound, per family member, with who and when; a withdrawal keeps the record. Every
 * change is sent to the family's active pathways as CONSENTS_CHANGED, so guards read `consents.<purpose>`.
 */
export function consentRoutes({ storage, catalog, pathways, accessLog, now }: Services): RouteSpec[] {
  const access = createFamilyAccess(storage, catalog);
  const families = createFamilyUnitOfWork(storage);
  const toView = (aggregate: FamilyAggregate) => ({
    current: toConsentFacts(aggregate.consents),
    records: aggregate.consents ?? [],
    purposes: CONSENT_PURPOSES,
  });
  /** Tells every active pathway of the family what the consents are now (kept in its history). */
  const notifyPathways = (aggregate: FamilyAggregate, actor: { id: string }) => {
    const consents = toConsentFacts(aggregate.consents);
    for (const instance of Object.values(aggregate.pathways)) {
      if (instance.snapshot.status !== 'active') continue;
      const result = pathways.engine.step(aggregate, instance, { type: CONSENTS_CHANGED, consents }, actor);
      if (!result.ok)
        throw new Error(`Pathway ${instance.id} refused ${CONSENTS_CHANGED}: ${result.problem.detail}`);
    }
  };
  const log = (userId: string, action: 'read' | 'write', familyId: string, memberIds?: string[]) =>
    accessLog.record({
      at: now().toISOString(),
      userId,
      action,
      resource: `consents:${familyId}`,
      familyId,
      ...(memberIds ? { memberIds } : {}),
    });

  return [
    {
      method: 'get',
      path: '/api/families/:familyId/consents',
      tag: 'consents',
      summary: "The family's consents: what is given now, and every consent given or withdrawn",
      roles: WORKERS,
      responses: {
        200: { description: 'The consents', schema: consentsView },
        404: { description: 'Unknown family' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const familyId = String(req.params.familyId);
        await access.assertFamily(user, familyId);
        const aggregate = await families.read(familyId);
        await log(user.id, 'read', familyId);
        res.json(toView(aggregate));
      },
    },
    {
      method: 'post',
      path: '/api/families/:familyId/consents',
      tag: 'consents',
      summary: "Record a member's consent to one purpose; the family's pathways hear CONSENTS_CHANGED",
      roles: WORKERS,
      body: consentInput,
      responses: {
        201: { description: 'The consents after it', schema: consentsView },
        400: { description: 'Unknown purpose or a bad date' },
        404: { description: 'Unknown family or member' },
        422: { description: 'The date lies in the future' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const familyId = String(req.params.familyId);
        await access.assertFamily(user, familyId);
        const input = validateBody<{ memberId: string; purpose: string; givenOn: string }>(
          consentInput,
          req.body,
        );
        if (!isConsentPurpose(input.purpose)) throw problems.badRequest(`Ukendt formål: ${input.purpose}`);
        if (input.givenOn > toIsoDate(now()))
          throw problems.invalidData('Datoen ligger i fremtiden.', [
            { path: 'givenOn', keyword: 'maximum', message: 'Må ikke ligge i fremtiden' },
          ]);
        const view = await families.update(familyId, (aggregate) => {
          if (!aggregate.family.members.some((m) => m.id === input.memberId))
            throw problems.notFound(`Familiemedlemmet ${input.memberId}`);
          const record: ConsentRecord = {
            id: randomUUID(),
            memberId: input.memberId,
            purpose: input.purpose,
            givenAt: now().toISOString(),
            givenOn: input.givenOn,
            recordedBy: user.id,
          };
          aggregate.consents = [...(aggregate.consents ?? []), record];
          notifyPathways(aggregate, user);
          return toView(aggregate);
        });
        await log(user.id, 'write', familyId, [input.memberId]);
        res.status(201).json(view);
      },
    },
    {
      method: 'post',
      path: '/api/families/:familyId/consents/:consentId/withdraw',
      tag: 'consents',
      summary:
        'Withdraw a consent: it stays in the history, marked withdrawn; pathways hear CONSENTS_CHANGED',
      roles: WORKERS,
      responses: {
        200: { description: 'The consents after it', schema: consentsView },
        404: { description: 'Unknown family or consent' },
        409: { description: 'Already withdrawn' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const familyId = String(req.params.familyId);
        await access.assertFamily(user, familyId);
        const consentId = String(req.params.consentId);
        let memberId = '';
        const view = await families.update(familyId, (aggregate) => {
          const record = aggregate.consents?.find((c) => c.id === consentId);
          if (!record) throw problems.notFound(`Samtykket ${consentId}`);
          if (record.withdrawnAt) throw problems.conflict('Samtykket er allerede trukket tilbage.');
          record.withdrawnAt = now().toISOString();
          record.withdrawnBy = user.id;
          memberId = record.memberId;
          notifyPathways(aggregate, user);
          return toView(aggregate);
        });
        await log(user.id, 'write', familyId, [memberId]);
        res.json(view);
      },
    },
  ];
}
