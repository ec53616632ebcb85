import { useId, useMemo } from 'react';
import type { ActionRef, Language, Library, TransitionObject, WorkflowDefinition } from '../../../../runtime';
import type { TransitionRef, WorkflowGraph } from '../../../../runtime/workflow/toGraph';
import { RuleBuilder } from '../../rules/RuleBuilder';
import { isSameRef } from '../model/Selection';
import { toGuardFields } from '../model/toGuardFields';
import type { WorkflowsText } from '../text';
import { ActionsEditor } from './ActionsEditor';
import { CommitField } from './CommitField';
import { DeclareEventForm } from './DeclareEventForm';
import { EventSelect } from './EventSelect';

export interface TransitionEdits {
  update: (ref: TransitionRef, label: string, update: (t: TransitionObject) => TransitionObject) => void;
  setEvent: (ref: TransitionRef, event: string) => void;
  setTarget: (ref: TransitionRef, target: string | undefined) => void;
  move: (ref: TransitionRef, offset: -1 | 1) => void;
  remove: (ref: TransitionRef) => void;
  declareEvent: (name: string, title: { da: string; en: string }, manual: boolean) => void;
}

interface Props {
  transitionRef: TransitionRef;
  doc: WorkflowDefinition;
  graph: WorkflowGraph;
  library: Library | undefined;
  language: Language;
  text: WorkflowsText;
  edits: TransitionEdits;
  disabled: boolean;
}

const toActionList = (actions: TransitionObject['actions']): ActionRef[] =>
  (actions === undefined ? [] : Array.isArray(actions) ? actions : [actions]).map((a) =>
    typeof a === 'string' ? { type: a } : a,
  );

/** The properties of one transition: event, target, order among its siblings, guard, actions, note. */
export function TransitionPanel({
  transitionRef,
  doc,
  graph,
  library,
  language,
  text,
  edits,
  disabled,
}: Props) {
  const id = useId();
  const edge = graph.edges.find((e) => isSameRef(e, transitionRef));
  const source = edge?.source ?? '';
  // A new field list on every render would make the rule builder start over; it changes with the draft only.
  const fields = useMemo(
    () => toGuardFields(doc, graph, source, library, language),
    [doc, graph, source, library, language],
  );
  if (!edge) return <p>{text.state.none}</p>;
  const t = text.transition;
  const event = edge.kind === 'on' ? edge.event : edge.kind;
  const siblings = graph.edges.filter(
    (e) => e.source === edge.source && e.kind === edge.kind && e.event === edge.event,
  );
  const label = t.heading(event, edge.source || doc.id);
  const commandLabel = text.commands.editTransition(event);
  return (
    <section className="wf-panel" aria-label={label}>
      <h2 className="wf-panel-title">{label}</h2>
      {edge.kind === 'on' ? (
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-event`}>
            {t.event}
          </label>
          <EventSelect
            id={`${id}-event`}
            doc={doc}
            value={edge.event}
            text={t}
            disabled={disabled}
            onChange={(next) => edits.setEvent(edge, next)}
          />
        </div>
      ) : null}
      {disabled ? null : (
        <DeclareEventForm text={t} onDeclare={edits.declareEvent} existing={Object.keys(doc.events ?? {})} />
      )}
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-target`}>
          {t.target}
        </label>
        <select
          id={`${id}-target`}
          className="form-select"
          disabled={disabled}
          value={edge.target ?? ''}
          onChange={(e) => edits.setTarget(edge, e.target.value || undefined)}
        >
          <option value="">{t.noTarget}</option>
          {graph.nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.id}
            </option>
          ))}
        </select>
      </div>
      {siblings.length > 1 ? (
        <div className="wf-order">
          <p>{t.order(edge.index + 1, siblings.length)}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={disabled || edge.index === 0}
              onClick={() => edits.move(edge, -1)}
            >
              {t.moveUp}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={disabled || edge.index === siblings.length - 1}
              onClick={() => edits.move(edge, 1)}
            >
              {t.moveDown}
            </button>
          </div>
        </div>
      ) : null}
      <div className="wf-guard" aria-disabled={disabled || undefined}>
        <RuleBuilder
          key={edge.id}
          label={t.guard}
          fields={fields}
          value={edge.transition.guard}
          onChange={(guard) => {
            if (JSON.stringify(guard) === JSON.stringify(edge.transition.guard)) return;
            edits.update(edge, commandLabel, (tr) => {
              const { guard: _old, ...rest } = tr;
              return guard === undefined ? rest : { ...rest, guard };
            });
          }}
        />
      </div>
      <ActionsEditor
        actions={toActionList(edge.transition.actions)}
        language={language}
        text={t}
        disabled={disabled}
        onChange={(actions) =>
          edits.update(edge, commandLabel, (tr) => {
            const { actions: _old, ...rest } = tr;
            return actions.length > 0 ? { ...rest, actions } : rest;
          })
        }
      />
      <CommitField
        label={t.description}
        value={edge.transition.description ?? ''}
        disabled={disabled}
        onCommit={(description) =>
          edits.update(edge, commandLabel, (tr) => {
            const { description: _old, ...rest } = tr;
            return description ? { ...rest, description } : rest;
          })
        }
      />
      <div className="button-row wf-danger-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={disabled}
          onClick={() => edits.remove(edge)}
        >
          {t.delete}
        </button>
      </div>
    </section>
  );
}
