import {
  toFormRefs,
  toText,
  type Language,
  type Library,
  type WorkflowDefinition,
} from '../../../../runtime';
import type { WorkflowGraph } from '../../../../runtime/workflow/toGraph';
import { toFieldTree } from '../../forms/model/toFieldTree';
import { toRuleFields } from '../../forms/model/toRuleFields';
import type { RuleField } from '../../rules/ruleTypes';

/**
 * The forms that may have been filled in before a transition from `source` is taken: those of the source,
 * its ancestors, and every state from which the source can be reached (guards as "could be true"; a
 * container and its children count as reaching each other). The same over-approximation as the lint.
 */
export function listEarlierForms(doc: WorkflowDefinition, graph: WorkflowGraph, source: string): string[] {
  const next = new Map<string, Set<string>>();
  const link = (from: string, to: string) => next.set(from, (next.get(from) ?? new Set()).add(to));
  for (const node of graph.nodes) {
    if (node.parentId) {
      link(node.parentId, node.id);
      link(node.id, node.parentId);
    }
  }
  for (const edge of graph.edges) if (edge.source && edge.target) link(edge.source, edge.target);
  const formsOf = (path: string) =>
    toFormRefs(graph.nodes.find((n) => n.id === path)?.config.meta?.forms).map((f) => f.id);
  const earlier = new Set<string>();
  const parts = source.split('.');
  parts.forEach((_, i) => formsOf(parts.slice(0, i + 1).join('.')).forEach((f) => earlier.add(f)));
  for (const node of graph.nodes) {
    if (reaches(next, node.id, source)) formsOf(node.id).forEach((f) => earlier.add(f));
  }
  return Object.keys(doc.forms).filter((id) => earlier.has(id));
}

function reaches(next: Map<string, Set<string>>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.pop()!;
    if (node === to) return true;
    if (seen.has(node)) continue;
    seen.add(node);
    queue.push(...(next.get(node) ?? []));
  }
  return false;
}

/** What a guard may read, for the rule builder: earlier forms' answers, the parameters, the counters. */
export function toGuardFields(
  doc: WorkflowDefinition,
  graph: WorkflowGraph,
  source: string,
  library: Library | undefined,
  language: Language,
): RuleField[] {
  const fields: RuleField[] = [];
  for (const formId of listEarlierForms(doc, graph, source)) {
    const form = library?.getForm(formId, doc.forms[formId] ?? 0)?.definition;
    if (!form) continue;
    const formTitle = toText(form.title, language);
    for (const field of toRuleFields(form, toFieldTree(form), language)) {
      if (!field.name.startsWith('data.')) continue;
      fields.push({
        ...field,
        name: `answers.${formId}.${field.name.slice(5)}`,
        label: `${formTitle}: ${field.label}`,
      });
    }
    for (const [id, computed] of Object.entries(form.computed ?? {})) {
      const types = [computed.schema?.type].flat();
      const type = types.includes('boolean') ? 'boolean' : types.includes('string') ? 'string' : 'number';
      fields.push({
        name: `answers.${formId}.${id}`,
        label: `${formTitle}: ${toText(computed.title, language) || id}`,
        type,
      });
    }
  }
  for (const [name, parameter] of Object.entries(doc.parameters ?? {})) {
    const types = [parameter.schema.type].flat();
    const type = types.includes('integer')
      ? 'integer'
      : types.includes('number')
        ? 'number'
        : types.includes('boolean')
          ? 'boolean'
          : 'string';
    fields.push({ name: `params.${name}`, label: toText(parameter.title, language) || name, type });
  }
  return fields;
}
