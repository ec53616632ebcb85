import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { toText, type FormDefinition } from '../../../../runtime';
import { getFieldType, type FieldTypeId } from '../../../../runtime/forms/fields';
import { useLanguage } from '../../../i18n/LanguageContext';
import { useFeatureText } from '../../../i18n/useFeatureText';
import type { Command } from '../../editing/createCommandStack';
import { addField, createKey, duplicateField, moveField, removeField, toMovedPath } from '../model/formEdits';
import { joinPath, splitPath } from '../model/formPaths';
import { toFormCommand } from '../model/toFormCommand';
import { flattenFields, type FieldEntry } from '../model/toFieldTree';
import { formsTexts } from '../text';
import { FieldList, type CanvasActions } from './FieldCard';
import { FieldPalette } from './FieldPalette';

interface Props {
  doc: FormDefinition;
  tree: FieldEntry[];
  selected: string | null;
  onSelect: (path: string | null) => void;
  run: (command: Command<FormDefinition>) => void;
  advanced: boolean;
  /** The property panel, between canvas and preview. */
  children: ReactNode;
}

// Options as constants: dnd-kit memoises a sensor on its options object, and new sensors give every card on
// the canvas a new drag context (a re-render of all of them at every edit).
// A small distance, so that a click on a palette button still adds and a click on a field selects.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
const KEYBOARD_OPTIONS = { coordinateGetter: sortableKeyboardCoordinates };

/** Palette and canvas in one drag-and-drop context: drag a type in, or drag fields to reorder and nest. */
export function BuilderWorkspace({ doc, tree, selected, onSelect, run, advanced, children }: Props) {
  const text = useFeatureText(formsTexts);
  const { language } = useLanguage();
  // The paths new and moved fields get are computed from the current form before the edit runs
  // (React applies the edit later), so the new field can be selected at once.
  const docRef = useRef(doc);
  docRef.current = doc;
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );

  // Where a new field goes: after the selected field, in its container (or at the end of the form).
  const flat = useMemo(() => flattenFields(tree), [tree]);
  const insertionPoint = useCallback(() => {
    const entry = flat.find((field) => field.path === selected);
    if (!entry) return { parent: '', index: tree.length };
    if (entry.type.container) return { parent: entry.path, index: entry.children.length };
    const siblings = entry.parent
      ? (flat.find((field) => field.path === entry.parent)?.children ?? [])
      : tree;
    return { parent: entry.parent, index: siblings.findIndex((field) => field.path === entry.path) + 1 };
  }, [flat, selected, tree]);

  const add = useCallback(
    (typeId: FieldTypeId, parent: string, index: number) => {
      const label = toText(getFieldType(typeId).palette.label, language).toLowerCase();
      const created = joinPath(docRef.current, parent, createKey(docRef.current, parent, typeId));
      run(toFormCommand(text.edits.add(label), (current) => addField(current, parent, index, typeId).doc));
      onSelect(created);
    },
    [run, language, text, onSelect],
  );

  const actions = useMemo<CanvasActions>(
    () => ({
      select: (path) => onSelect(path),
      move: (entry, toParent, index) => {
        const moved = toMovedPath(docRef.current, entry.path, toParent);
        run(
          toFormCommand(text.edits.move(entry.label), (current) =>
            moveField(current, entry.path, toParent, index),
          ),
        );
        onSelect(moved);
      },
      duplicate: (entry) => {
        const copy = joinPath(
          docRef.current,
          entry.parent,
          createKey(docRef.current, entry.parent, splitPath(entry.path).key),
        );
        run(
          toFormCommand(
            text.edits.duplicate(entry.label),
            (current) => duplicateField(current, entry.path).doc,
          ),
        );
        onSelect(copy);
      },
      remove: (entry) => {
        run(toFormCommand(text.edits.remove(entry.label), (doc) => removeField(doc, entry.path)));
        onSelect(null);
      },
    }),
    [run, text, onSelect],
  );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const source = active.data.current as
      { kind: 'palette'; typeId: FieldTypeId } | { kind: 'field'; path: string } | undefined;
    const target = over?.data.current as
      | { kind: 'container'; path: string; count: number }
      | { kind: 'field'; path: string; parent: string; index: number }
      | undefined;
    if (!source || !target) return;
    const parent = target.kind === 'container' ? target.path : target.parent;
    const index = target.kind === 'container' ? target.count : target.index;
    if (source.kind === 'palette') {
      add(source.typeId, parent, index);
      return;
    }
    if (source.path === target.path) return;
    const entry = flat.find((field) => field.path === source.path);
    if (entry) actions.move(entry, parent, index);
  };

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <div className="form-builder">
        <FieldPalette
          advanced={advanced}
          onAdd={(typeId) => {
            const { parent, index } = insertionPoint();
            add(typeId, parent, index);
          }}
        />
        <section className="builder-canvas" aria-labelledby="builder-canvas-heading">
          <h2 id="builder-canvas-heading" className="h4">
            {text.canvas}
          </h2>
          {tree.length === 0 ? <p className="form-hint">{text.canvasEmpty}</p> : null}
          <FieldList entries={tree} parent="" selected={selected} actions={actions} />
        </section>
        {children}
      </div>
    </DndContext>
  );
}
