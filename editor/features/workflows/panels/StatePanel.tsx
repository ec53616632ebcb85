import {
  getStateConfig,
  type DueRule,
  type FormRef,
  type Language,
  type Library,
  type StateConfig,
  type WorkflowDefinition,
} from '../../../../runtime';
import type { WorkflowGraph } from '../../../../runtime/workflow/toGraph';
import type { FormSummary } from '../designerApi';
import type { Selection } from '../model/Selection';
import type { WorkflowsText } from '../text';
import { AddTransitionForm } from './AddTransitionForm';
import { Checkbox } from './Checkbox';
import { CommitField } from './CommitField';
import { DueRuleEditor } from './DueRuleEditor';
import { StateFormsEditor } from './StateFormsEditor';

export interface StateEdits {
  editState: (path: string, label: string, update: (state: StateConfig) => StateConfig) => void;
  pinForm: (path: string, refs: FormRef[], pin?: { id: string; version: number }) => void;
  rename: (path: string, name: string) => void;
  remove: (path: string) => void;
  makeInitial: (path: string) => void;
  addTransition: (source: string, event: string, target: string | undefined) => void;
}

interface Props {
  path: string;
  doc: WorkflowDefinition;
  graph: WorkflowGraph;
  library: Library | undefined;
  forms: FormSummary[];
  language: Language;
  text: WorkflowsText;
  edits: StateEdits;
  onSelect: (selection: Selection) => void;
  disabled: boolean;
}

/** The properties of one state: names, type, forms, roles, due date, tags, description, its transitions. */
export function StatePanel({
  path,
  doc,
  graph,
  library,
  forms,
  language,
  text,
  edits,
  onSelect,
  disabled,
}: Props) {
  const state = getStateConfig(doc.machine, path);
  const node = graph.nodes.find((n) => n.id === path);
  if (!state || !node) return <p>{text.state.none}</p>;
  const t = text.state;
  const title = state.meta?.title ?? { da: '', en: '' };
  const description = state.meta?.description ?? { da: '', en: '' };
  const label = t.heading(node.name);
  const setMeta = (patch: Partial<NonNullable<StateConfig['meta']>>) =>
    edits.editState(path, text.commands.editState(node.name), (s) => {
      const meta = { ...s.meta, ...patch };
      for (const key of Object.keys(meta) as (keyof typeof meta)[])
        if (meta[key] === undefined) delete meta[key];
      const { meta: _old, ...rest } = s;
      return Object.keys(meta).length > 0 ? { ...rest, meta } : rest;
    });
  const hasChildren = Object.keys(state.states ?? {}).length > 0;
  const kind = state.type ?? (hasChildren ? 'compound' : 'atomic');
  const outgoing = graph.edges.filter((e) => e.source === path);
  return (
    <section className="wf-panel" aria-label={label}>
      <h2 className="wf-panel-title">{label}</h2>
      <div className="wf-rename">
        <CommitField
          label={t.name}
          value={node.name}
          disabled={disabled}
          onCommit={(name) => edits.rename(path, name.trim())}
        />
      </div>
      <CommitField
        label={t.titleDa}
        value={title.da}
        disabled={disabled}
        onCommit={(da) => setMeta({ title: { ...title, da } })}
      />
      <CommitField
        label={t.titleEn}
        value={title.en}
        disabled={disabled}
        onCommit={(en) => setMeta({ title: { ...title, en } })}
      />
      <div className="form-group">
        <label className="form-label" htmlFor={`wf-type-${path}`}>
          {t.type}
        </label>
        <select
          id={`wf-type-${path}`}
          className="form-select"
          disabled={disabled}
          value={kind}
          onChange={(e) =>
            edits.editState(path, text.commands.setType(node.name), (s) => {
              const value = e.target.value as NonNullable<StateConfig['type']>;
              const { type: _old, ...rest } = s;
              return value === 'atomic' || (value === 'compound' && !hasChildren)
                ? rest
                : { ...rest, type: value };
            })
          }
        >
          {(['atomic', 'compound', 'parallel', 'final'] as const).map((k) => (
            <option key={k} value={k}>
              {t.types[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={disabled || node.initial}
          onClick={() => edits.makeInitial(path)}
        >
          {node.initial ? t.isInitial : t.makeInitial}
        </button>
      </div>
      <fieldset className="wf-fieldset">
        <legend>{t.roles}</legend>
        {doc.roles.map((role) => (
          <Checkbox
            key={role}
            label={role}
            disabled={disabled}
            checked={state.meta?.roles?.includes(role) ?? false}
            onChange={(checked) => {
              const roles = new Set(state.meta?.roles ?? []);
              if (checked) roles.add(role);
              else roles.delete(role);
              setMeta({ roles: roles.size > 0 ? doc.roles.filter((r) => roles.has(r)) : undefined });
            }}
          />
        ))}
      </fieldset>
      {kind !== 'final' ? (
        <StateFormsEditor
          state={state}
          pins={doc.forms}
          forms={forms}
          language={language}
          text={t}
          disabled={disabled}
          onChange={(refs, pin) => edits.pinForm(path, refs, pin)}
        />
      ) : null}
      {kind !== 'final' ? (
        <DueRuleEditor
          rule={state.meta?.due}
          doc={doc}
          library={library}
          language={language}
          text={t}
          disabled={disabled}
          onChange={(due: DueRule | undefined) => setMeta({ due })}
        />
      ) : null}
      <CommitField
        label={t.tags}
        hint={t.tagsHint}
        value={(state.tags ?? []).join(', ')}
        disabled={disabled}
        onCommit={(value) =>
          edits.editState(path, text.commands.editState(node.name), (s) => {
            const tags = value
              .split(',')
              .map((tag) => tag.trim())
              .filter(Boolean);
            const { tags: _old, ...rest } = s;
            return tags.length > 0 ? { ...rest, tags } : rest;
          })
        }
      />
      <CommitField
        label={t.descriptionDa}
        multiline
        value={description.da}
        disabled={disabled}
        onCommit={(da) => setMeta({ description: da || description.en ? { ...description, da } : undefined })}
      />
      <CommitField
        label={t.descriptionEn}
        multiline
        value={description.en}
        disabled={disabled}
        onCommit={(en) => setMeta({ description: en || description.da ? { ...description, en } : undefined })}
      />
      <h3 className="wf-subtitle">{t.transitionsOut}</h3>
      <ul className="wf-transition-list">
        {outgoing.map((edge) => (
          <li key={edge.id}>
            <button
              type="button"
              className="wf-link-button"
              onClick={() => onSelect({ kind: 'transition', ref: edge })}
            >
              {edge.kind === 'on' ? edge.event : edge.kind}
              {edge.transition.guard !== undefined ? ' [?]' : ''} → {edge.target ?? text.outline.noTarget}
            </button>
          </li>
        ))}
      </ul>
      {disabled ? null : (
        <AddTransitionForm
          doc={doc}
          graph={graph}
          text={text}
          onAdd={(event, target) => edits.addTransition(path, event, target)}
        />
      )}
      <div className="button-row wf-danger-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={disabled}
          onClick={() => {
            if (window.confirm(t.deleteConfirm(node.name))) edits.remove(path);
          }}
        >
          {t.delete}
        </button>
      </div>
    </section>
  );
}
