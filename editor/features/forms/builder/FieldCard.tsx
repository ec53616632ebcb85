import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import { toText } from '../../../../runtime';
import { useLanguage } from '../../../i18n/LanguageContext';
import { useFeatureText } from '../../../i18n/useFeatureText';
import type { FieldEntry } from '../model/toFieldTree';
import { formsTexts } from '../text';

export interface CanvasActions {
  select: (path: string) => void;
  move: (entry: FieldEntry, toParent: string, index: number) => void;
  duplicate: (entry: FieldEntry) => void;
  remove: (entry: FieldEntry) => void;
}

interface ListProps {
  entries: FieldEntry[];
  parent: string;
  selected: string | null;
  actions: CanvasActions;
  /** The parent's own parent and index, for "move out of the section". */
  outer?: { parent: string; index: number };
}

/** One container's fields as a sortable list (the form itself, a section, a repeating group). */
export function FieldList({ entries, parent, selected, actions, outer }: ListProps) {
  const text = useFeatureText(formsTexts);
  const { setNodeRef, isOver } = useDroppable({
    id: `container:${parent}`,
    data: { kind: 'container', path: parent, count: entries.length },
  });
  return (
    <SortableContext
      id={`list:${parent}`}
      items={entries.map((entry) => entry.path)}
      strategy={verticalListSortingStrategy}
    >
      <ol ref={setNodeRef} className={`canvas-list${isOver ? ' is-over' : ''}`}>
        {entries.map((entry, index) => (
          <FieldCard
            key={entry.path}
            entry={entry}
            index={index}
            count={entries.length}
            previous={entries[index - 1]}
            selected={selected}
            isSelected={selected === entry.path}
            actions={actions}
            outer={outer}
          />
        ))}
        {entries.length === 0 && parent ? <li className="canvas-empty-drop">{text.dropHere}</li> : null}
      </ol>
    </SortableContext>
  );
}

interface CardProps {
  entry: FieldEntry;
  index: number;
  count: number;
  previous: FieldEntry | undefined;
  /** The selected path, passed on only to containers (leaves need just `isSelected`). */
  selected: string | null;
  isSelected: boolean;
  actions: CanvasActions;
  outer: { parent: string; index: number } | undefined;
}

/**
 * A field on the canvas: drag handle, select button, and (when selected) its actions. Memoised on the
 * field's schema node: with structural sharing, an edit re-renders only the fields it touched.
 */
const FieldCard = memo(
  function FieldCard({ entry, index, count, previous, selected, isSelected, actions, outer }: CardProps) {
    const text = useFeatureText(formsTexts);
    const { language } = useLanguage();
    const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
      id: entry.path,
      data: { kind: 'field', path: entry.path, parent: entry.parent, index },
    });
    const label = language === 'en' && entry.labelEn ? entry.labelEn : entry.label;
    const typeLabel = toText(entry.type.palette.label, language);
    const intoTarget = previous?.type.container ? previous : undefined;
    return (
      <li
        ref={setNodeRef}
        style={{ transform: CSS.Translate.toString(transform), transition }}
        className={`canvas-field${isSelected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}${entry.type.container ? ' is-container' : ''}`}
      >
        <div className="canvas-field-row">
          <button
            type="button"
            className="canvas-drag"
            {...attributes}
            {...listeners}
            aria-label={text.dragHandle(label)}
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <button
            type="button"
            className="canvas-select"
            aria-pressed={isSelected}
            onClick={() => actions.select(entry.path)}
          >
            <span className="builder-icon" aria-hidden="true">
              {entry.type.palette.icon}
            </span>
            <span className="canvas-label">{label}</span>
            <span className="canvas-meta">
              {typeLabel}
              {entry.required ? ` · ${text.requiredMark}` : ''}
              {entry.hasRule ? ` · ${text.ruleMark}` : ''}
            </span>
          </button>
        </div>
        {isSelected ? (
          <div className="canvas-actions" role="group" aria-label={text.fieldActions(label)}>
            <button
              type="button"
              className="button button-tertiary"
              disabled={index === 0}
              onClick={() => actions.move(entry, entry.parent, index - 1)}
            >
              ↑ {text.moveUp}
            </button>
            <button
              type="button"
              className="button button-tertiary"
              disabled={index === count - 1}
              onClick={() => actions.move(entry, entry.parent, index + 1)}
            >
              ↓ {text.moveDown}
            </button>
            {intoTarget ? (
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => actions.move(entry, intoTarget.path, intoTarget.children.length)}
              >
                → {text.moveInto}
              </button>
            ) : null}
            {outer ? (
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => actions.move(entry, outer.parent, outer.index + 1)}
              >
                ← {text.moveOut}
              </button>
            ) : null}
            <button type="button" className="button button-tertiary" onClick={() => actions.duplicate(entry)}>
              {text.duplicate}
            </button>
            <button type="button" className="button button-tertiary" onClick={() => actions.remove(entry)}>
              {text.remove}
            </button>
          </div>
        ) : null}
        {entry.type.container ? (
          <FieldList
            entries={entry.children}
            parent={entry.path}
            selected={selected}
            actions={actions}
            outer={{ parent: entry.parent, index }}
          />
        ) : null}
      </li>
    );
  },
  (before, after) =>
    before.entry.schema === after.entry.schema &&
    before.entry.path === after.entry.path &&
    before.entry.required === after.entry.required &&
    before.entry.hasRule === after.entry.hasRule &&
    before.entry.labelEn === after.entry.labelEn &&
    before.index === after.index &&
    before.count === after.count &&
    before.isSelected === after.isSelected &&
    before.actions === after.actions &&
    before.previous?.path === after.previous?.path &&
    before.previous?.children.length === after.previous?.children.length &&
    before.outer?.index === after.outer?.index &&
    (!after.entry.type.container ||
      (before.selected === after.selected && before.entry.subtree === after.entry.subtree)),
);
