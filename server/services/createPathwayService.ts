import { randomUUID } from 'node:crypto';
import {
  CHILD_BORN,
  FORM_SUBMITTED,
  checkParams,
  checkSubmission,
  createAjv,
  getDue,
  getFormsDue,
  toFieldErrors,
  type FieldError,
  type PathwayEvent,
  type StepResult,
} from '../../runtime';
import type { DefinitionCatalog } from '../definitions/createDefinitionCatalog';
import { problems } from '../http/ProblemError';
import type { FamilyAggregate, Member, PathwayInstance, Submission } from '../storage/types';
import { Unchanged, type FamilyUnitOfWork } from './createFamilyUnitOfWork';
import { hashDefinition } from '../definitions/hashDefinition';
import { createPathwayEngine, type Actor } from './pathwayEngine';
import { SUBMISSION_CORRECTED } from './rebuildSnapshot';
import { toPathwayView, type PathwayView } from './toPathwayView';

const payloadAjv = createAjv();
// ajv caches compiled validators per schema object, so the "no payload" schema is one constant.
const NO_PAYLOAD = { type: 'object', maxProperties: 0 };

/** A manual event's payload (e.g. a reason) against the schema its workflow declares; none declared means none allowed. */
function checkEventPayload(
  schema: Record<string, unknown> | undefined,
  payload: Record<string, unknown>,
): FieldError[] {
  const effective = schema ?? NO_PAYLOAD;
  const validate = payloadAjv.compile(effective);
  return validate(payload) ? [] : toFieldErrors(validate.errors, 'da');
}

/** The pathway use cases: start, submit a form, send an event. Each is validate → step → persist, all or nothing. */
export function createPathwayService(
  families: FamilyUnitOfWork,
  catalog: DefinitionCatalog,
  now: () => Date,
) {
  const engine = createPathwayEngine(catalog, now);
  const findPathway = (
    aggregate: FamilyAggregate,
    pathwayId: string,
    expectedVersion?: number,
  ): PathwayInstance => {
    const instance = aggregate.pathways[pathwayId];
    if (!instance) throw problems.notFound(`Forløbet ${pathwayId}`);
    if (expectedVersion !== undefined && expectedVersion !== instance.version) {
      throw problems.preconditionFailed(
        'Forløbet er ændret af en anden i mellemtiden. Hent det igen, før du fortsætter.',
      );
    }
    return instance;
  };
  const view = (instance: PathwayInstance) => toPathwayView(instance, engine.getWorkflow(instance));

  /**
   * Idempotency-Key: a retried request (the tablet lost the answer) gets the first answer again and writes
   * nothing. The key is the user's own; reusing it for a different request is refused. Keys live 24 hours.
   */
  const idempotent = <T>(
    aggregate: FamilyAggregate,
    actor: Actor,
    key: string | undefined,
    request: unknown,
    work: () => T,
  ): T | Unchanged<T> => {
    if (!key) return work();
    const scoped = `${actor.id}:${key}`;
    const fingerprint = hashDefinition(request);
    const earlier = aggregate.idempotency[scoped];
    if (earlier) {
      if (earlier.request !== fingerprint)
        throw problems.invalidData('Idempotency-Key er allerede brugt til en anden forespørgsel.', []);
      return new Unchanged(earlier.body as T);
    }
    const result = work();
    const cutoff = new Date(now().getTime() - 24 * 3600 * 1000).toISOString();
    for (const [k, v] of Object.entries(aggregate.idempotency))
      if (v.at < cutoff) delete aggregate.idempotency[k];
    aggregate.idempotency[scoped] = {
      at: now().toISOString(),
      request: fingerprint,
      status: 201,
      body: result,
    };
    return result;
  };
  const assertOk: (result: StepResult) => asserts result is Extract<StepResult, { ok: true }> = (result) => {
    if (result.ok) return;
    const { problem } = result;
    if (problem.kind === 'invalid-data') throw problems.invalidData(problem.detail, problem.errors);
    throw problems.conflict(problem.detail);
  };

  return {
    engine,
    view: (aggregate: FamilyAggregate, pathwayId: string): PathwayView =>
      view(findPathway(aggregate, pathwayId)),

    async get(familyId: string, pathwayId: string): Promise<PathwayView> {
      return view(findPathway(await families.read(familyId), pathwayId));
    },

    async start(
      familyId: string,
      input: { workflowId: string; childId: string; params?: Record<string, unknown> },
      actor: Actor,
    ): Promise<PathwayView> {
      // New pathways start on the latest published version, also one another server process published.
      await catalog.refresh();
      const workflow = catalog.library.listWorkflows().find((w) => w.definition.id === input.workflowId);
      if (!workflow) throw problems.notFound(`Forløbsbeskrivelsen ${input.workflowId}`);
      const paramErrors = checkParams(workflow.definition.parameters, input.params ?? {});
      if (paramErrors.length > 0) {
        throw problems.invalidData(
          'Forløbets parametre er ugyldige.',
          paramErrors.map((e) => ({ ...e, path: `params.${e.path}` })),
        );
      }
      return families.update(familyId, (aggregate) => {
        const child = aggregate.family.members.find((m) => m.id === input.childId);
        if (!child || child.role !== 'child') {
          throw problems.invalidData('Vælg et barn i familien.', [
            { path: 'childId', keyword: 'enum', message: 'Skal være et barn i familien' },
          ]);
        }
        return view(
          engine.start(aggregate, workflow, child, actor, input.params ? { params: input.params } : {}),
        );
      });
    },

    submit(
      familyId: string,
      pathwayId: string,
      input: { formId: string; data: unknown },
      actor: Actor,
      expectedVersion?: number,
      idempotencyKey?: string,
    ): Promise<{ submission: Submission; pathway: PathwayView }> {
      return families.update(familyId, (aggregate) =>
        idempotent(aggregate, actor, idempotencyKey, { pathwayId, ...input }, () => {
          const instance = findPathway(aggregate, pathwayId, expectedVersion);
          const workflow = engine.getWorkflow(instance);
          const submissionId = randomUUID();
          const state =
            getFormsDue(workflow, instance.snapshot).find((f) => f.formId === input.formId)?.state ?? '';
          const mark = aggregate.timeline.length;
          const result = engine.step(
            aggregate,
            instance,
            { type: FORM_SUBMITTED, formId: input.formId, submissionId, data: input.data },
            actor,
          );
          assertOk(result);
          const form = workflow.forms[input.formId]!.definition;
          const at = now().toISOString();
          const submission: Submission = {
            id: submissionId,
            pathwayId,
            familyId,
            formId: form.id,
            formVersion: form.version,
            formHash: instance.forms[form.id]?.hash ?? '',
            state,
            data: result.submission?.data ?? {},
            computed: result.submission?.computed ?? {},
            submittedAt: at,
            submittedBy: actor.id,
          };
          aggregate.submissions[submissionId] = submission;
          // The submission comes before the transitions it caused.
          aggregate.timeline.splice(mark, 0, {
            id: randomUUID(),
            at,
            by: actor.id,
            kind: 'submission',
            pathwayId,
            submissionId,
            formId: form.id,
            formVersion: form.version,
            summary: { da: `Udfyldt: ${form.title.da}`, en: `Filled in: ${form.title.en}` },
          });
          return { submission, pathway: view(instance) };
        }),
      );
    },

    sendEvent(
      familyId: string,
      pathwayId: string,
      event: PathwayEvent,
      actor: Actor,
      expectedVersion?: number,
      idempotencyKey?: string,
    ): Promise<PathwayView> {
      return families.update(familyId, (aggregate) =>
        idempotent(aggregate, actor, idempotencyKey, { pathwayId, event }, () => {
          const instance = findPathway(aggregate, pathwayId, expectedVersion);
          const declared = engine.getWorkflow(instance).definition.events?.[event.type];
          if (!declared?.manual)
            throw problems.conflict(`Hændelsen '${event.type}' kan ikke sendes manuelt i dette forløb.`);
          const { type: _type, ...payload } = event;
          const payloadErrors = checkEventPayload(declared.schema, payload);
          if (payloadErrors.length > 0)
            throw problems.invalidData('Hændelsens oplysninger er ugyldige.', payloadErrors);
          assertOk(engine.step(aggregate, instance, event, actor));
          aggregate.timeline.push({
            id: randomUUID(),
            at: now().toISOString(),
            by: actor.id,
            kind: 'event',
            pathwayId,
            summary: declared.title,
          });
          return view(instance);
        }),
      );
    },

    /**
     * Corrects a submission: a new submission of the same form version, linked to the one it corrects, with
     * who, when and why. The original stays as it was. If it held the pathway's current answers for that form,
     * the answers (and due dates that depend on them) follow the correction; the step itself does not move.
     */
    correct(
      familyId: string,
      submissionId: string,
      input: { data: unknown; reason: string },
      actor: Actor,
    ): Promise<{ submission: Submission; pathway: PathwayView }> {
      return families.update(familyId, (aggregate) => {
        const original = aggregate.submissions[submissionId];
        if (!original) throw problems.notFound(`Besvarelsen ${submissionId}`);
        if (Object.values(aggregate.submissions).some((s) => s.corrects === submissionId)) {
          throw problems.conflict('Besvarelsen er allerede rettet. Ret den nyeste version.');
        }
        const instance = findPathway(aggregate, original.pathwayId);
        const workflow = engine.getWorkflow(instance);
        const form = workflow.forms[original.formId];
        if (!form || form.definition.version !== original.formVersion)
          throw problems.conflict('Skemaversionen findes ikke i forløbet.');
        const check = checkSubmission(form, input.data, {
          params: instance.snapshot.context.formParams?.[original.formId] ?? {},
        });
        if (!check.ok) throw problems.invalidData('Skemaet er ikke udfyldt korrekt.', check.errors);
        const at = now().toISOString();
        const correction: Submission = {
          ...original,
          id: randomUUID(),
          data: check.data,
          computed: check.computed,
          submittedAt: at,
          submittedBy: actor.id,
          corrects: original.id,
          correctionReason: input.reason.trim(),
        };
        aggregate.submissions[correction.id] = correction;
        // The answers follow the correction only if the corrected chain is the form's latest submission here.
        const rootTime = (s: Submission) => toRoot(aggregate, s).submittedAt;
        const wasCurrent = !Object.values(aggregate.submissions).some(
          (s) =>
            s.pathwayId === instance.id && s.formId === original.formId && rootTime(s) > rootTime(original),
        );
        if (wasCurrent && instance.snapshot.status === 'active') {
          const answers = {
            ...instance.snapshot.context.answers,
            [original.formId]: { ...check.data, ...check.computed },
          };
          instance.snapshot = { ...instance.snapshot, context: { ...instance.snapshot.context, answers } };
          instance.due = getDue(workflow, instance.snapshot);
        }
        instance.history.push({
          at,
          by: actor.id,
          event: {
            type: SUBMISSION_CORRECTED,
            submissionId: correction.id,
            corrects: original.id,
            answers: wasCurrent && instance.snapshot.status === 'active' ? 'updated' : 'kept',
          },
        });
        instance.version += 1;
        instance.updatedAt = at;
        aggregate.timeline.push({
          id: randomUUID(),
          at,
          by: actor.id,
          kind: 'correction',
          pathwayId: instance.id,
          submissionId: correction.id,
          formId: original.formId,
          formVersion: original.formVersion,
          summary: {
            da: `Rettet: ${form.definition.title.da}`,
            en: `Corrected: ${form.definition.title.en}`,
          },
        });
        return { submission: correction, pathway: view(instance) };
      });
    },

    /** The child's birth is registered: every active pathway of the child hears CHILD_BORN. */
    registerBirth(aggregate: FamilyAggregate, child: Member, actor: Actor): void {
      for (const instance of Object.values(aggregate.pathways)) {
        if (instance.childId !== child.id || instance.snapshot.status !== 'active') continue;
        engine.step(aggregate, instance, { type: CHILD_BORN, birthDate: child.birthDate! }, actor);
      }
    },
  };
}

export type PathwayService = ReturnType<typeof createPathwayService>;

/** The first submission of a chain of corrections. */
function toRoot(aggregate: FamilyAggregate, submission: Submission): Submission {
  let root = submission;
  while (root.corrects && aggregate.submissions[root.corrects]) root = aggregate.submissions[root.corrects]!;
  return root;
}
