import { randomUUID } from 'node:crypto';
import {
  PATHWAY_DONE,
  getStateConfig,
  startPathway,
  step,
  toConsentFacts,
  toLeafPaths,
  type CompiledWorkflow,
  type Effect,
  type LocalizedText,
  type PathwayEvent,
  type StepResult,
} from '../../runtime';
import type { DefinitionCatalog } from '../definitions/createDefinitionCatalog';
import { ProblemError } from '../http/ProblemError';
import type { FamilyAggregate, HistoryEvent, Member, PathwayInstance } from '../storage/types';

export interface Actor {
  id: string;
}

type StepSuccess = Extract<StepResult, { ok: true }>;

/**
 * The server's side of a step, on one family aggregate in memory: apply the runtime's result, carry out its
 * effects (flags, sub-pathways), keep the append-only history and the timeline. The caller writes the
 * aggregate once, so a step and everything it causes are stored together or not at all.
 */
export function createPathwayEngine(catalog: DefinitionCatalog, now: () => Date) {
  const getWorkflow = (instance: Pick<PathwayInstance, 'workflow'>): CompiledWorkflow => {
    const workflow = catalog.library.getWorkflow(instance.workflow.id, instance.workflow.version);
    if (!workflow) {
      // Another server process may have published it: read the store and let the client retry.
      void catalog.reload().catch(() => undefined);
      throw new ProblemError(
        503,
        'Service unavailable',
        `Forløbsbeskrivelsen ${instance.workflow.id} version ${instance.workflow.version} indlæses. Prøv igen om lidt.`,
        undefined,
        { 'Retry-After': '1' },
      );
    }
    return workflow;
  };

  const engine = {
    getWorkflow,

    /** Starts a workflow's latest version for a child; sub-pathways started by its first step start too. */
    start(
      aggregate: FamilyAggregate,
      workflow: CompiledWorkflow,
      child: Member,
      actor: Actor,
      options: { parentId?: string; params?: Record<string, unknown> } = {},
    ): PathwayInstance {
      const { parentId, params } = options;
      const at = now();
      const { definition } = workflow;
      const facts = {
        child: {
          ...(child.birthDate ? { birthDate: child.birthDate } : {}),
          ...(child.dueDate ? { dueDate: child.dueDate } : {}),
        },
        consents: toConsentFacts(aggregate.consents),
      };
      const profile = catalog.profile;
      const formParams = Object.fromEntries(
        Object.keys(definition.forms).flatMap((id) => (profile.forms[id] ? [[id, profile.forms[id]]] : [])),
      );
      const started = startPathway(
        workflow,
        { facts, params: { ...profile.workflows[definition.id], ...params }, formParams },
        at,
      );
      const instance: PathwayInstance = {
        id: randomUUID(),
        familyId: aggregate.family.id,
        childId: child.id,
        ...(parentId ? { parentId } : {}),
        workflow: {
          id: definition.id,
          version: definition.version,
          hash: catalog.getHash('workflow', definition.id, definition.version),
        },
        forms: Object.fromEntries(
          Object.entries(definition.forms).map(([id, version]) => [
            id,
            { version, hash: catalog.getHash('form', id, version) },
          ]),
        ),
        startFacts: facts,
        snapshot: started.snapshot,
        due: started.due,
        flags: [],
        history: [],
        fired: [],
        startedAt: at.toISOString(),
        startedBy: actor.id,
        updatedAt: at.toISOString(),
        version: 1,
      };
      aggregate.pathways[instance.id] = instance;
      aggregate.timeline.push({
        id: randomUUID(),
        at: at.toISOString(),
        by: actor.id,
        kind: 'pathway-started',
        pathwayId: instance.id,
        summary: {
          da: `Forløb startet: ${definition.title.da}`,
          en: `Pathway started: ${definition.title.en}`,
        },
      });
      engine.carryOut(aggregate, instance, started.effects, actor);
      return instance;
    },

    /** Steps an instance and applies the result; returns the runtime's answer unchanged for the caller to judge. */
    step(
      aggregate: FamilyAggregate,
      instance: PathwayInstance,
      event: PathwayEvent,
      actor: Actor,
    ): StepResult {
      const workflow = getWorkflow(instance);
      const result = step(workflow, instance.snapshot, event, now());
      if (result.ok) engine.apply(aggregate, instance, event, result, actor);
      return result;
    },

    apply(
      aggregate: FamilyAggregate,
      instance: PathwayInstance,
      event: PathwayEvent,
      result: StepSuccess,
      actor: Actor,
    ) {
      const at = now().toISOString();
      instance.snapshot = result.snapshot;
      instance.due = result.due;
      instance.updatedAt = at;
      instance.version += 1;
      instance.history.push({ at, by: actor.id, event: toHistoryEvent(event) });
      if (result.transition) {
        aggregate.timeline.push({
          id: randomUUID(),
          at,
          by: actor.id,
          kind: 'transition',
          pathwayId: instance.id,
          from: result.transition.from,
          to: result.transition.to,
          summary: describeTransition(
            getWorkflow(instance),
            result.transition.to,
            result.snapshot.status === 'done',
          ),
        });
      }
      engine.carryOut(aggregate, instance, result.effects, actor);
      if (result.snapshot.status === 'done' && instance.parentId)
        engine.notifyParent(aggregate, instance, actor);
    },

    carryOut(aggregate: FamilyAggregate, instance: PathwayInstance, effects: Effect[], actor: Actor) {
      const at = now().toISOString();
      for (const effect of effects) {
        if (effect.type === 'flag') {
          const code = String(effect.params.code);
          const message = effect.params.message as LocalizedText | undefined;
          instance.flags.push({ code, ...(message ? { message } : {}), at, pathwayId: instance.id });
          aggregate.timeline.push({
            id: randomUUID(),
            at,
            by: actor.id,
            kind: 'flag',
            pathwayId: instance.id,
            summary: message ?? {
              da: `Markeret til opfølgning: ${code}`,
              en: `Flagged for follow-up: ${code}`,
            },
          });
        } else if (effect.type === 'startPathway') {
          const workflow = catalog.library
            .listWorkflows()
            .find((w) => w.definition.id === effect.params.workflow);
          const child = aggregate.family.members.find((m) => m.id === instance.childId);
          const params = effect.params.params as Record<string, unknown> | undefined;
          // The loader checked that the sub-pathway exists; if it is gone, the step must not silently skip it.
          if (!workflow || !child)
            throw new Error(
              `Sub-pathway '${String(effect.params.workflow)}' cannot be started for pathway ${instance.id}`,
            );
          engine.start(aggregate, workflow, child, actor, {
            parentId: instance.id,
            ...(params ? { params } : {}),
          });
        }
      }
    },

    /** A sub-pathway ended: its parent hears PATHWAY_DONE, if it is waiting for it. */
    notifyParent(aggregate: FamilyAggregate, child: PathwayInstance, actor: Actor) {
      const parent = child.parentId ? aggregate.pathways[child.parentId] : undefined;
      if (!parent || parent.snapshot.status !== 'active') return;
      const finalState = toLeafPaths(child.snapshot.value)[0] ?? '';
      engine.step(
        aggregate,
        parent,
        { type: PATHWAY_DONE, workflow: child.workflow.id, finalState, pathwayId: child.id },
        actor,
      );
    },
  };
  return engine;
}

export type PathwayEngine = ReturnType<typeof createPathwayEngine>;

/** The history keeps what is needed to replay the event; a submission's data stays in the submission. */
function toHistoryEvent(event: PathwayEvent): HistoryEvent {
  const { data: _data, ...rest } = event as PathwayEvent & { data?: unknown };
  return rest;
}

function describeTransition(workflow: CompiledWorkflow, to: string[], done: boolean): LocalizedText {
  const titles = to.map(
    (path) => getStateConfig(workflow.definition.machine, path)?.meta?.title ?? { da: path, en: path },
  );
  const da = titles.map((t) => t.da).join(', ');
  const en = titles.map((t) => t.en).join(', ');
  return done
    ? { da: `Forløbet er afsluttet: ${da}`, en: `The pathway has ended: ${en}` }
    : { da: `Næste trin: ${da}`, en: `Next step: ${en}` };
}
