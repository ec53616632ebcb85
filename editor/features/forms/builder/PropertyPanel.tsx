import { useId, useRef, useState } from 'react';
import { toText, type FormDefinition } from '../../../../runtime';
import { FormView } from '../../../../runtime/rendering';
import type { FieldProperties } from '../../../../runtime/forms/fields';
import { TextField } from '../../../app/TextField';
import { useLanguage } from '../../../i18n/LanguageContext';
import { useFeatureText } from '../../../i18n/useFeatureText';
import type { Command } from '../../editing/createCommandStack';
import { RuleBuilder } from '../../rules/RuleBuilder';
import { renameField, setVisibility, updateField } from '../model/formEdits';
import { readField, splitPath } from '../model/formPaths';
import { toFormCommand } from '../model/toFormCommand';
import type { FieldEntry } from '../model/toFieldTree';
import { toRuleFields } from '../model/toRuleFields';
import { formsTexts } from '../text';
import { toPropertiesForm } from './toPropertiesForm';

interface Props {
  doc: FormDefinition;
  tree: FieldEntry[];
  entry: FieldEntry;
  advanced: boolean;
  run: (command: Command<FormDefinition>) => void;
  onSelect: (path: string | null) => void;
}

/**
 * The selected field's properties: generated from its type's properties schema and rendered with the
 * runtime's FormView; every change is one undoable command. Below it the field's data name and its
 * visibility rule (the visual rule builder).
 */
export function PropertyPanel({ doc, tree, entry, advanced, run, onSelect }: Props) {
  const text = useFeatureText(formsTexts);
  const { language } = useLanguage();
  const node = readField(doc, entry.path);
  const form = toPropertiesForm(entry.type, advanced);
  const properties = node ? entry.type.read(node) : {};

  // The panel keeps its own data while the user types; it starts over when the field changes from
  // outside (undo, the JSON view), which is when the field differs from what the panel wrote last.
  const written = useRef<{ path: string; serialized: string } | null>(null);
  const serialized = JSON.stringify(properties);
  const [generation, setGeneration] = useState(0);
  const [seen, setSeen] = useState({ path: entry.path, serialized });
  if (seen.path !== entry.path || seen.serialized !== serialized) {
    const ownEdit = written.current?.path === entry.path && written.current.serialized === serialized;
    setSeen({ path: entry.path, serialized });
    if (!ownEdit) setGeneration((value) => value + 1);
  }

  const onChange = (data: FieldProperties) => {
    const current = readField(doc, entry.path);
    if (!current) return;
    const next = entry.type.apply(current, data);
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    written.current = { path: entry.path, serialized: JSON.stringify(entry.type.read(next)) };
    run(toFormCommand(text.edits.properties(entry.label), (latest) => updateField(latest, entry.path, next)));
  };

  return (
    <section className="builder-properties" aria-labelledby="builder-properties-heading">
      <h2 id="builder-properties-heading" className="h4">
        {text.properties}: {language === 'en' && entry.labelEn ? entry.labelEn : entry.label}
      </h2>
      <p className="form-hint">{text.fieldType(toText(entry.type.palette.label, language))}</p>
      <FormView
        key={`${entry.path}:${generation}`}
        form={form}
        language={language}
        formData={properties}
        onChange={onChange}
        onSubmit={() => undefined}
        submitLabel={text.checkProperties}
      />
      <KeyEditor key={entry.path} entry={entry} run={run} onSelect={onSelect} doc={doc} />
      {entry.path.includes('[]') ? null : (
        <RuleBuilder
          label={text.visibilityLabel}
          fields={toRuleFields(doc, tree, language, { except: entry.path })}
          value={doc.visibility?.[entry.path]}
          onChange={(rule) =>
            run(
              toFormCommand(text.edits.visibility(entry.label), (latest) =>
                setVisibility(latest, entry.path, rule),
              ),
            )
          }
        />
      )}
    </section>
  );
}

function KeyEditor({ entry, doc, run, onSelect }: Pick<Props, 'entry' | 'doc' | 'run' | 'onSelect'>) {
  const text = useFeatureText(formsTexts);
  const id = useId();
  const { key } = splitPath(entry.path);
  const [value, setValue] = useState(key);
  const [error, setError] = useState<string>();
  const rename = () => {
    if (value === key) return;
    const next = renameField(doc, entry.path, value);
    if (next === doc) {
      setError(text.keyInvalid);
      return;
    }
    setError(undefined);
    run(toFormCommand(text.edits.rename(entry.label), (latest) => renameField(latest, entry.path, value)));
    onSelect(entry.path.slice(0, entry.path.length - key.length) + value);
  };
  return (
    <div className="builder-key">
      <TextField
        id={`${id}-key`}
        label={text.fieldKey}
        hint={text.fieldKeyHint}
        value={value}
        onChange={setValue}
        error={error}
        autoComplete="off"
        spellCheck={false}
      />
      <button type="button" className="button button-secondary" onClick={rename}>
        {text.rename}
      </button>
    </div>
  );
}
