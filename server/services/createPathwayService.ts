import { randomUUID } from 'node:crypto';
import {
  CHILD_BORN,
  FORM_SUBMITTED,
  getFormsDue,
  getStateConfig,
  startPathway,
  step,
  type CompiledWorkflow,
  type Effect,
  type LocalizedText,
  type PathwayEvent,
  type StepResult,
} from '../../runtime';
import type { DefinitionCatalog } from '../definitions/createDefinitionCatalog';
import { problems } from '../http/ProblemError';
import type { FamilyAggregate, Member, PathwayInstance, Submission, TimelineEntry } from '../storage/types';
import type { FamilyUnitOfWork } from './createFamilyUnitOfWork';
import { toPathwayView, type PathwayView } from './toPathwayView';

interface Actor {
  id: string;
}

/** The pathway use cases: start, submit a form, send an event. Each is validate → step → persist, all or nothing. */
export function createPathwayService(families: FamilyUnitOfWork, catalog: DefinitionCatalog, now: () => Date) {
  const getWorkflow = (instance: PathwayInstance): CompiledWorkflow => {
    const workflow = catalog.library.getWorkflow(instance.workflow.id, instance.workflow.version);
    if (!workflow) throw new Error(`Workflow ${instance.workflow.id}@${instance.workflow.version} is missing from the store`);
    return workflow;
  };
  const findPathway = (aggregate: FamilyAggregate, pathwayId: string, expectedVersion?: number): PathwayInstance => {
    const instance = aggregate.pathways[pathwayId];
    if (!instance) throw problems.notFound(`Forløbet ${pathwayId}`);
    if (expectedVersion !== undefined && expectedVersion !== instance.version) {
      throw problems.preconditionFailed('Forløbet er ændret af en anden i mellemtiden. Hent det igen, før du fortsætter.');
    }
    return instance;
  };

  /** Applies a step's result to the aggregate: snapshot, due dates, flags, timeline. */
  const apply = (aggregate: FamilyAggregate, instance: PathwayInstance, result: Extract<StepResult, { ok: true }>, actor: Actor) => {
    const at = now().toISOString();
    instance.snapshot = result.snapshot;
    instance.due = result.due;
    instance.updatedAt = at;
    instance.version += 1;
    addFlags(aggregate, instance, result.effects, actor, at);
    if (result.transition) {
      const workflow = getWorkflow(instance);
      aggregate.timeline.push({
        id: randomUUID(),
        at,
        by: actor.id,
        kind: 'transition',
        pathwayId: instance.id,
        from: result.transition.from,
        to: result.transition.to,
        summary: describeTransition(workflow, result.transition.to, result.snapshot.status === 'done'),
      });
    }
  };

  const toProblem = (result: Extract<StepResult, { ok: false }>) => {
    const { problem } = result;
    if (problem.kind === 'invalid-data') return problems.invalidData(problem.detail, problem.errors);
    return problems.conflict(problem.detail);
  };

  return {
    view(aggregate: FamilyAggregate, pathwayId: string): PathwayView {
      const instance = findPathway(aggregate, pathwayId);
      return toPathwayView(instance, getWorkflow(instance));
    },

    async get(familyId: string, pathwayId: string): Promise<PathwayView> {
      const aggregate = await families.read(familyId);
      const instance = findPathway(aggregate, pathwayId);
      return toPathwayView(instance, getWorkflow(instance));
    },

    start(familyId: string, input: { workflowId: string; childId: string }, actor: Actor): Promise<PathwayView> {
      const workflow = catalog.library.listWorkflows().find((w) => w.definition.id === input.workflowId);
      if (!workflow) throw problems.notFound(`Forløbsbeskrivelsen ${input.workflowId}`);
      return families.update(familyId, (aggregate) => {
        const child = aggregate.family.members.find((m) => m.id === input.childId);
        if (!child || child.role !== 'child') {
          throw problems.invalidData('Vælg et barn i familien.', [{ path: 'childId', keyword: 'enum', message: 'Skal være et barn i familien' }]);
        }
        const at = now();
        const started = startPathway(workflow, { facts: { child: toChildFacts(child) } }, at);
        const { definition } = workflow;
        const instance: PathwayInstance = {
          id: randomUUID(),
          familyId,
          childId: child.id,
          workflow: { id: definition.id, version: definition.version, hash: catalog.getHash('workflow', definition.id, definition.version) },
          forms: Object.fromEntries(
            Object.entries(definition.forms).map(([id, version]) => [id, { version, hash: catalog.getHash('form', id, version) }]),
          ),
          snapshot: started.snapshot,
          due: started.due,
          flags: [],
          startedAt: at.toISOString(),
          startedBy: actor.id,
          updatedAt: at.toISOString(),
          version: 1,
        };
        aggregate.pathways[instance.id] = instance;
        addFlags(aggregate, instance, started.effects, actor, at.toISOString());
        aggregate.timeline.push({
          id: randomUUID(),
          at: at.toISOString(),
          by: actor.id,
          kind: 'pathway-started',
          pathwayId: instance.id,
          summary: { da: `Forløb startet: ${definition.title.da}`, en: `Pathway started: ${definition.title.en}` },
        });
        return toPathwayView(instance, workflow);
      });
    },

    submit(
      familyId: string,
      pathwayId: string,
      input: { formId: string; data: unknown },
      actor: Actor,
      expectedVersion?: number,
    ): Promise<{ submission: Submission; pathway: PathwayView }> {
      return families.update(familyId, (aggregate) => {
        const instance = findPathway(aggregate, pathwayId, expectedVersion);
        const workflow = getWorkflow(instance);
        const submissionId = randomUUID();
        const event: PathwayEvent = { type: FORM_SUBMITTED, formId: input.formId, submissionId, data: input.data };
        const state = getFormsDue(workflow, instance.snapshot).find((f) => f.formId === input.formId)?.state ?? '';
        const result = step(workflow, instance.snapshot, event, now());
        if (!result.ok) throw toProblem(result);
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
        aggregate.timeline.push({
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
        apply(aggregate, instance, result, actor);
        return { submission, pathway: toPathwayView(instance, workflow) };
      });
    },

    sendEvent(familyId: string, pathwayId: string, event: { type: string }, actor: Actor, expectedVersion?: number): Promise<PathwayView> {
      return families.update(familyId, (aggregate) => {
        const instance = findPathway(aggregate, pathwayId, expectedVersion);
        const workflow = getWorkflow(instance);
        const declared = workflow.definition.events?.[event.type];
        if (!declared?.manual) throw problems.conflict(`Hændelsen '${event.type}' kan ikke sendes manuelt i dette forløb.`);
        const result = step(workflow, instance.snapshot, event, now());
        if (!result.ok) throw toProblem(result);
        aggregate.timeline.push({
          id: randomUUID(),
          at: now().toISOString(),
          by: actor.id,
          kind: 'event',
          pathwayId,
          summary: { da: declared.title.da, en: declared.title.en },
        });
        apply(aggregate, instance, result, actor);
        return toPathwayView(instance, workflow);
      });
    },

    /** The child's birth is registered: every active pathway of the child hears CHILD_BORN. */
    registerBirth(aggregate: FamilyAggregate, child: Member, actor: Actor): void {
      for (const instance of Object.values(aggregate.pathways)) {
        if (instance.childId !== child.id || instance.snapshot.status !== 'active') continue;
        const workflow = getWorkflow(instance);
        const result = step(workflow, instance.snapshot, { type: CHILD_BORN, birthDate: child.birthDate! }, now());
        if (result.ok) apply(aggregate, instance, result, actor);
      }
    },
  };
}

export type PathwayService = ReturnType<typeof createPathwayService>;

function toChildFacts(child: Member) {
  return { ...(child.birthDate ? { birthDate: child.birthDate } : {}), ...(child.dueDate ? { dueDate: child.dueDate } : {}) };
}

function addFlags(aggregate: FamilyAggregate, instance: PathwayInstance, effects: Effect[], actor: Actor, at: string) {
  for (const effect of effects) {
    if (effect.type !== 'flag') continue;
    const code = String(effect.params.code);
    const message = effect.params.message as LocalizedText | undefined;
    instance.flags.push({ code, ...(message ? { message } : {}), at, pathwayId: instance.id });
    const entry: TimelineEntry = {
      id: randomUUID(),
      at,
      by: actor.id,
      kind: 'flag',
      pathwayId: instance.id,
      summary: message ?? { da: `Markeret til opfølgning: ${code}`, en: `Flagged for follow-up: ${code}` },
    };
    aggregate.timeline.push(entry);
  }
}

function describeTransition(workflow: CompiledWorkflow, to: string[], done: boolean): LocalizedText {
  const titles = to.map((path) => getStateConfig(workflow.definition.machine, path)?.meta?.title ?? { da: path, en: path });
  const da = titles.map((t) => t.da).join(', ');
  const en = titles.map((t) => t.en).join(', ');
  return done ? { da: `Forløbet er afsluttet: ${da}`, en: `The pathway has ended: ${en}` } : { da: `Næste trin: ${da}`, en: `Next step: ${en}` };
}
