import type { Language, WorkflowDefinition } from '../../../../runtime';
import type { GraphNode, WorkflowGraph } from '../../../../runtime/workflow/toGraph';
import { isSameRef, type Selection } from '../model/Selection';
import type { WorkflowsText } from '../text';
import { AddStateForm } from './AddStateForm';

interface Props {
  doc: WorkflowDefinition;
  graph: WorkflowGraph;
  language: Language;
  text: WorkflowsText['outline'];
  selection: Selection | undefined;
  onSelect: (selection: Selection) => void;
  onAddState: (parent: string, name: string, title: { da: string; en: string }) => void;
  readOnly: boolean;
}

/**
 * The workflow as nested lists of states and their transitions: the keyboard- and screen-reader-friendly
 * way to select and edit everything the canvas shows.
 */
export function WorkflowOutline({
  doc,
  graph,
  language,
  text,
  selection,
  onSelect,
  onAddState,
  readOnly,
}: Props) {
  const childrenOf = (parent: string | undefined) => graph.nodes.filter((n) => n.parentId === parent);
  const renderState = (node: GraphNode) => {
    const title = node.config.meta?.title?.[language] || node.name;
    const selected = selection?.kind === 'state' && selection.path === node.id;
    const outgoing = graph.edges.filter((e) => e.source === node.id);
    const children = childrenOf(node.id);
    return (
      <li key={node.id}>
        <button
          type="button"
          className="wf-outline-item wf-outline-state"
          aria-pressed={selected}
          data-state={node.id}
          onClick={() => onSelect({ kind: 'state', path: node.id })}
        >
          {title} <span className="wf-outline-name">({node.name})</span>
        </button>
        {outgoing.length > 0 ? (
          <ul className="wf-outline-transitions" aria-label={`${text.transitions}: ${title}`}>
            {outgoing.map((edge) => {
              const isSelected = selection?.kind === 'transition' && isSameRef(selection.ref, edge);
              const event = edge.kind === 'on' ? edge.event : edge.kind;
              return (
                <li key={edge.id}>
                  <button
                    type="button"
                    className="wf-outline-item wf-outline-transition"
                    aria-pressed={isSelected}
                    data-transition={edge.id}
                    onClick={() => onSelect({ kind: 'transition', ref: edge })}
                  >
                    {event}
                    {edge.transition.guard !== undefined ? ' [?]' : ''} →{' '}
                    {edge.target ??
                      (edge.transition.target === undefined ? text.noTarget : edge.transition.target)}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
        {children.length > 0 ? <ul className="wf-outline-states">{children.map(renderState)}</ul> : null}
      </li>
    );
  };
  const parentOptions = graph.nodes.filter((n) => n.config.type !== 'final').map((n) => n.id);
  return (
    <nav className="wf-outline" aria-label={text.title}>
      <h2 className="wf-panel-title">{text.title}</h2>
      <ul className="wf-outline-states" aria-label={text.states}>
        {childrenOf(undefined).map(renderState)}
      </ul>
      {readOnly ? null : (
        <AddStateForm
          doc={doc}
          text={text}
          parents={parentOptions}
          defaultParent={defaultParent(selection)}
          onAdd={onAddState}
        />
      )}
    </nav>
  );
}

/** New states go next to the selected one (into the same parent). */
function defaultParent(selection: Selection | undefined): string {
  const path =
    selection?.kind === 'state'
      ? selection.path
      : selection?.kind === 'transition'
        ? selection.ref.source
        : '';
  return path.split('.').slice(0, -1).join('.');
}
