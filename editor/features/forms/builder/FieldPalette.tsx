import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { toText } from '../../../../runtime';
import {
  FIELD_TYPES,
  type FieldType,
  type FieldTypeId,
  type PaletteGroup,
} from '../../../../runtime/forms/fields';
import { useLanguage } from '../../../i18n/LanguageContext';
import { useFeatureText } from '../../../i18n/useFeatureText';
import { formsTexts } from '../text';

interface Props {
  advanced: boolean;
  onAdd: (typeId: FieldTypeId) => void;
}

const GROUPS: PaletteGroup[] = ['text', 'choice', 'number', 'layout', 'advanced'];

/** The field types from the registry, by group: click to add, or drag onto the canvas. */
export const FieldPalette = memo(function FieldPalette({ advanced, onAdd }: Props) {
  const text = useFeatureText(formsTexts);
  return (
    <nav className="builder-palette" aria-labelledby="builder-palette-heading">
      <h2 id="builder-palette-heading" className="h4">
        {text.palette}
      </h2>
      <p className="form-hint">{text.paletteHint}</p>
      {GROUPS.map((group) => {
        const types = FIELD_TYPES.filter(
          (type) => type.palette.group === group && (advanced || !type.palette.advanced),
        );
        if (types.length === 0) return null;
        return (
          <div key={group} className="builder-palette-group">
            <h3 className="h6">{text.paletteGroups[group]}</h3>
            <ul className="nobullet-list">
              {types.map((type) => (
                <PaletteItem key={type.id} type={type} onAdd={onAdd} />
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
});

function PaletteItem({ type, onAdd }: { type: FieldType; onAdd: (typeId: FieldTypeId) => void }) {
  const { language } = useLanguage();
  const text = useFeatureText(formsTexts);
  const label = toText(type.palette.label, language);
  // The button adds on click or Enter; the pointer sensor starts a drag only after the pointer moves.
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `palette:${type.id}`,
    data: { kind: 'palette', typeId: type.id },
  });
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className={`builder-palette-item${isDragging ? ' is-dragging' : ''}`}
        {...listeners}
        {...attributes}
        aria-roledescription={undefined}
        aria-describedby={undefined}
        aria-label={text.add(label)}
        onClick={() => onAdd(type.id)}
      >
        <span className="builder-icon" aria-hidden="true">
          {type.palette.icon}
        </span>
        {label}
      </button>
    </li>
  );
}
