import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
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

/**
 * One container's fields as a sortable list (the form itself, a section, a repeating group). The lists of the
 * containers in it are rendered next to its SortableContext, not inside it, and shown in their container's
 * card through a portal: React re-renders every user of a changed context below its provider, even below a
 * nested provider of the same context, so with nested lists a field added to the form re-rendered every
 * field of every section (the sortable context of the form's own list changes with its items).
 */
export function FieldList({ entries, parent, selected, actions, outer }: ListProps) {
  const text = useFeatureText(formsTexts);
  const { setNodeRef, isOver } = useDroppable({
    id: `container:${parent}`,
    data: { kind: 'container', path: parent, count: entries.length },
  });
  const items = useStableItems(entries);
  const slots = useSlots(entries);
  return (
    <>
      <SortableContext id={`list:${parent}`} items={items} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className={`canvas-list${isOver ? ' is-over' : ''}`}>
          {entries.map((entry, index) => (
            <FieldCard
              key={entry.path}
              entry={entry}
              index={index}
              count={entries.length}
              previous={entries[index - 1]}
              isSelected={selected === entry.path}
              actions={actions}
              outer={outer}
              slot={slots.get(entry.path)}
            />
          ))}
          {entries.length === 0 && parent ? <li className="canvas-empty-drop">{text.dropHere}</li> : null}
        </ol>
      </SortableContext>
      {entries.map((entry, index) => {
        const slot = slots.get(entry.path);
        return slot
          ? createPortal(
              <FieldList
                entries={entry.children}
                parent={entry.path}
                selected={selected}
                actions={actions}
                outer={{ parent: entry.parent, index }}
              />,
              slot,
              entry.path,
            )
          : null;
      })}
    </>
  );
}

/** A DOM node per container in the list, for its card to show and its own list to be rendered into. */
function useSlots(entries: FieldEntry[]): Map<string, HTMLElement> {
  const slots = useRef(new Map<string, HTMLElement>()).current;
  const containers = new Set(entries.filter((entry) => entry.type.container).map((entry) => entry.path));
  for (const path of slots.keys()) if (!containers.has(path)) slots.delete(path);
  for (const path of containers)
    if (!slots.has(path)) {
      const slot = document.createElement('div');
      slot.className = 'canvas-slot';
      slots.set(path, slot);
    }
  return slots;
}

/**
 * The list's paths, the same array as long as they are the same paths: SortableContext gives its every card a
 * new context (and so a re-render past the card's memo) whenever the array it gets is a new one, and the
 * field tree is rebuilt on every edit.
 */
function useStableItems(entries: FieldEntry[]): string[] {
  const joined = entries.map((entry) => entry.path).join('\u0000');
  return useMemo(() => (joined ? joined.split('\u0000') : []), [joined]);
}

interface CardProps {
  entry: FieldEntry;
  index: number;
  count: number;
  previous: FieldEntry | undefined;
  isSelected: boolean;
  actions: CanvasActions;
  outer: { parent: string; index: number } | undefined;
  /** A container's node for its own list (rendered into it by the list this card is in). */
  slot: HTMLElement | undefined;
}

/**
 * A field on the canvas: drag handle, select button, and (when selected) its actions. Memoised on the
 * field's schema node: with structural sharing, an edit re-renders only the fields it touched.
 */
const FieldCard = memo(
  function FieldCard({ entry, index, count, previous, isSelected, actions, outer, slot }: CardProps) {
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
        {slot ? (
          <div
            ref={(host) => {
              if (host && slot.parentNode !== host) host.appendChild(slot);
            }}
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
    before.slot === after.slot,
);
