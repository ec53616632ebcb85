import {
  getFormsDue,
  getStateConfig,
  toLeafPaths,
  type CompiledWorkflow,
  type DueItem,
  type LocalizedText,
} from '../../runtime';
import type { Flag, PathwayInstance } from '../storage/types';

export interface PathwayView {
  id: string;
  familyId: string;
  childId: string;
  /** The pathway that started this one as a sub-pathway. */
  parentId?: string;
  workflow: { id: string; version: number; title: LocalizedText };
  status: 'active' | 'done';
  steps: {
    state: string;
    title: LocalizedText;
    description?: LocalizedText;
    roles?: string[];
    due?: Pick<DueItem, 'dueDate' | 'windowStart' | 'windowEnd'>;
  }[];
  formsDue: {
    state: string;
    stateTitle: LocalizedText;
    formId: string;
    version: number;
    title: LocalizedText;
    timing?: 'pre' | 'post';
    optional: boolean;
  }[];
  due: DueItem[];
  flags: Flag[];
  finalState?: { state: string; title: LocalizedText };
  startedAt: string;
  updatedAt: string;
  version: number;
}

/** What a worker sees of a pathway: where the family is, what is due, and when. */
export function toPathwayView(instance: PathwayInstance, workflow: CompiledWorkflow): PathwayView {
  const { snapshot } = instance;
  const machine = workflow.definition.machine;
  const leaves = toLeafPaths(snapshot.value);
  const titleOf = (path: string): LocalizedText =>
    getStateConfig(machine, path)?.meta?.title ?? { da: path, en: path };
  const steps =
    snapshot.status === 'active'
      ? leaves.map((state) => {
          const meta = getStateConfig(machine, state)?.meta;
          const due = instance.due.find((d) => d.state === state);
          return {
            state,
            title: titleOf(state),
            ...(meta?.description ? { description: meta.description } : {}),
            ...(meta?.roles ? { roles: meta.roles } : {}),
            ...(due
              ? { due: { dueDate: due.dueDate, windowStart: due.windowStart, windowEnd: due.windowEnd } }
              : {}),
          };
        })
      : [];
  return {
    id: instance.id,
    familyId: instance.familyId,
    childId: instance.childId,
    ...(instance.parentId ? { parentId: instance.parentId } : {}),
    workflow: {
      id: instance.workflow.id,
      version: instance.workflow.version,
      title: workflow.definition.title,
    },
    status: snapshot.status,
    steps,
    formsDue: getFormsDue(workflow, snapshot).map((f) => ({
      ...f,
      title: workflow.forms[f.formId]?.definition.title ?? { da: f.formId, en: f.formId },
    })),
    due: instance.due,
    flags: instance.flags,
    ...(snapshot.status === 'done' && leaves[0]
      ? { finalState: { state: leaves[0], title: titleOf(leaves[0]) } }
      : {}),
    startedAt: instance.startedAt,
    updatedAt: instance.updatedAt,
    version: instance.version,
  };
}
