import type { AnyStateNode } from 'xstate';
import {
  createAjv,
  listStates,
  loadLibrary,
  toFormRefs,
  type Library,
  type WorkflowDefinition,
} from '../../runtime';
import { checkMetaSchema } from '../../runtime/definitions/checkMetaSchema';
import { checkWorkflow } from '../../runtime/definitions/checkWorkflow';
import { toMachine } from '../../runtime/workflow/toMachine';
import { hashDefinition } from '../definitions/hashDefinition';
import type { DefinitionKind } from '../storage/types';

export interface DraftIssue {
  path: string;
  message: string;
}

const SOURCE = 'draft';

/**
 * A workflow may name forms in its states' `meta.forms` without pinning them in `forms`: those take the
 * latest published version (at publish time the result is stored with the version, so it never drifts).
 * Pins the draft states explicitly are kept — a pathway takes a newer form when its editor says so.
 */
export function resolveFormPins(content: unknown, library: Library): unknown {
  const workflow = content as Partial<WorkflowDefinition> | null;
  if (!workflow || typeof workflow !== 'object' || !workflow.machine || typeof workflow.machine !== 'object')
    return content;
  const forms: Record<string, number> =
    workflow.forms && typeof workflow.forms === 'object' ? { ...workflow.forms } : {};
  try {
    for (const { state } of listStates(workflow.machine)) {
      for (const ref of toFormRefs(state.meta?.forms)) {
        if (forms[ref.id] !== undefined) continue;
        const latest = library.listForms().find((f) => f.definition.id === ref.id);
        if (latest) forms[ref.id] = latest.definition.version;
      }
    }
  } catch {
    return content; // a broken machine: the checks below say why
  }
  return { ...workflow, forms };
}

/** Ajv caches what it compiles per schema object; renew it now and then so drafts' schemas do not pile up. */
let sharedAjv: ReturnType<typeof createAjv> | undefined;
let ajvUses = 0;
const getAjv = () => {
  if (!sharedAjv || ++ajvUses > 200) {
    sharedAjv = createAjv();
    ajvUses = 0;
  }
  return sharedAjv;
};

/** The same draft is checked on every read: remember the answer per content and library. */
const cache = new Map<string, DraftIssue[]>();
const CACHE_SIZE = 100;
const libraries = new WeakMap<Library, number>();
let nextLibrary = 1;

/**
 * Every problem of a draft, with the runtime's own checks: the meta-schema, then for a form the form checks and
 * schema compile, for a workflow the cross-checks against the published forms it pins and the machine compile.
 */
export function checkDefinitionDraft(kind: DefinitionKind, content: unknown, library: Library): DraftIssue[] {
  if (!libraries.has(library)) libraries.set(library, nextLibrary++);
  const key = `${libraries.get(library)}|${kind}|${hashDefinition(content)}`;
  const known = cache.get(key);
  if (known) return known;
  const issues = check(kind, content, library);
  cache.set(key, issues);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return issues;
}

function check(kind: DefinitionKind, content: unknown, library: Library): DraftIssue[] {
  const meta = checkMetaSchema(content, SOURCE);
  if (meta.length > 0) return meta.map(toIssue);
  if (kind === 'form') return loadLibrary([{ source: SOURCE, content }]).issues.map(toIssue);

  const workflow = resolveFormPins(content, library) as WorkflowDefinition;
  const getForm = (id: string, version: number) => library.getForm(id, version)?.definition;
  const getWorkflow = (id: string) =>
    id === workflow.id ? workflow : library.listWorkflows().find((w) => w.definition.id === id)?.definition;
  const cross = checkWorkflow(workflow, SOURCE, getForm, getAjv(), getWorkflow);
  if (cross.length > 0) return cross.map(toIssue);
  // The machine compile, as the library does it: XState resolves transitions lazily, so touch them all.
  try {
    const touch = (node: AnyStateNode): void => {
      void node.transitions;
      void node.always;
      Object.values(node.states).forEach(touch);
    };
    touch(toMachine(workflow).root);
    return [];
  } catch (error) {
    return [{ path: '/machine', message: (error as Error).message }];
  }
}

function toIssue(issue: { path: string; message: string }): DraftIssue {
  return { path: issue.path, message: issue.message };
}
