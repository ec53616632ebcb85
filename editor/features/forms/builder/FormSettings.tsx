import { useId } from 'react';
import type { FormDefinition, FormSubject, LocalizedText } from '../../../../runtime';
import { TextField } from '../../../app/TextField';
import { useFeatureText } from '../../../i18n/useFeatureText';
import type { Command } from '../../editing/createCommandStack';
import { isPaged, setPaged } from '../model/setPaged';
import { toFormCommand } from '../model/toFormCommand';
import { formsTexts } from '../text';

interface Props {
  doc: FormDefinition;
  run: (command: Command<FormDefinition>) => void;
}

const SUBJECTS = ['child', 'parent', 'family', 'organisation'] as const;

/** The form's own details (title, description, whose journal), shown when no field is selected. */
export function FormSettings({ doc, run }: Props) {
  const text = useFeatureText(formsTexts);
  const id = useId();
  const edit = (change: (doc: FormDefinition) => FormDefinition) =>
    run(toFormCommand(text.edits.settings, change));
  const setText = (key: 'title' | 'description', language: keyof LocalizedText, value: string) =>
    edit((latest) => {
      const current = latest[key] ?? { da: '', en: '' };
      const next = { ...current, [language]: value };
      if (key === 'description' && !next.da && !next.en) {
        const { description: _description, ...rest } = latest;
        return rest;
      }
      return { ...latest, [key]: next };
    });
  return (
    <section className="builder-properties" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="h4">
        {text.formSettings}
      </h2>
      <p className="form-hint">{text.nothingSelected}</p>
      <TextField
        id={`${id}-title-da`}
        label={text.formTitle}
        value={doc.title.da}
        onChange={(value) => setText('title', 'da', value)}
      />
      <TextField
        id={`${id}-title-en`}
        label={text.formTitleEn}
        value={doc.title.en}
        onChange={(value) => setText('title', 'en', value)}
      />
      <TextArea
        id={`${id}-description-da`}
        label={text.formDescription}
        value={doc.description?.da ?? ''}
        onChange={(value) => setText('description', 'da', value)}
      />
      <TextArea
        id={`${id}-description-en`}
        label={text.formDescriptionEn}
        value={doc.description?.en ?? ''}
        onChange={(value) => setText('description', 'en', value)}
      />
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-subject`}>
          {text.subject}
        </label>
        <select
          id={`${id}-subject`}
          className="form-select"
          value={doc.subject}
          onChange={(event) => {
            const subject = event.target.value as FormSubject;
            edit((latest) => ({ ...latest, subject }));
          }}
        >
          {SUBJECTS.map((subject) => (
            <option key={subject} value={subject}>
              {text.subjects[subject]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <input
          id={`${id}-pages`}
          type="checkbox"
          className="form-checkbox"
          checked={isPaged(doc)}
          onChange={(event) => {
            const paged = event.target.checked;
            edit((latest) => setPaged(latest, paged));
          }}
        />
        <label className="form-label" htmlFor={`${id}-pages`}>
          {text.sectionsAsPages}
        </label>
        <p className="form-hint">{text.sectionsAsPagesHint}</p>
      </div>
    </section>
  );
}

function TextArea({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="form-input"
        rows={3}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
