import { useId, useState } from 'react';
import type { FormDefinition } from '../../../../runtime';
import { useFeatureText } from '../../../i18n/useFeatureText';
import type { Command } from '../../editing/createCommandStack';
import { addImportedFields, importJsonSchema, type ImportProblem } from '../model/importJsonSchema';
import { toFormCommand } from '../model/toFormCommand';
import { formsTexts } from '../text';

interface Props {
  run: (command: Command<FormDefinition>) => void;
  advanced: boolean;
  onClose: () => void;
}

/** Import a plain JSON Schema + uiSchema: the fields are added; what is not supported is listed. */
export function ImportPanel({ run, advanced, onClose }: Props) {
  const text = useFeatureText(formsTexts);
  const id = useId();
  const [schema, setSchema] = useState('');
  const [uiSchema, setUiSchema] = useState('');
  const [result, setResult] = useState<{ error?: string; count?: number; unsupported?: ImportProblem[] }>();

  const runImport = () => {
    let parsedSchema: unknown;
    let parsedUi: unknown = {};
    try {
      parsedSchema = JSON.parse(schema);
      if (uiSchema.trim()) parsedUi = JSON.parse(uiSchema);
    } catch {
      setResult({ error: text.jsonInvalid });
      return;
    }
    const imported = importJsonSchema(parsedSchema, parsedUi, advanced);
    if (imported.fields.length > 0)
      run(toFormCommand(text.edits.import, (doc) => addImportedFields(doc, imported.fields)));
    setResult({ count: imported.fields.length, unsupported: imported.unsupported });
  };

  const readFile = (setter: (value: string) => void) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void file.text().then(setter);
  };
  // A schema file may be a playground sample (`{ schema, uiSchema, formData }`): it fills both boxes.
  const readSchemaFile = readFile((content) => {
    const sample = toSample(content);
    if (!sample) {
      setSchema(content);
      return;
    }
    setSchema(JSON.stringify(sample.schema, null, 2));
    if (sample.uiSchema !== undefined) setUiSchema(JSON.stringify(sample.uiSchema, null, 2));
  });

  return (
    <section className="builder-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="h4">
        {text.importTitle}
      </h2>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-schema`}>
          {text.importSchema}
        </label>
        <input
          type="file"
          accept=".json,application/json"
          aria-label={text.importFileOf(text.importSchema)}
          onChange={readSchemaFile}
        />
        <textarea
          id={`${id}-schema`}
          className="form-input rule-json-input"
          rows={8}
          value={schema}
          onChange={(event) => setSchema(event.target.value)}
          spellCheck={false}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-ui`}>
          {text.importUiSchema}
        </label>
        <input
          type="file"
          accept=".json,application/json"
          aria-label={text.importFileOf(text.importUiSchema)}
          onChange={readFile(setUiSchema)}
        />
        <textarea
          id={`${id}-ui`}
          className="form-input rule-json-input"
          rows={4}
          value={uiSchema}
          onChange={(event) => setUiSchema(event.target.value)}
          spellCheck={false}
        />
      </div>
      <div className="builder-buttons">
        <button type="button" className="button button-primary" onClick={runImport}>
          {text.importRun}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {text.importCancel}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {result?.error ? <p className="form-error-message">{result.error}</p> : null}
        {result?.count !== undefined ? <p>{text.importDone(result.count)}</p> : null}
        {result?.unsupported && result.unsupported.length > 0 ? (
          <>
            <p>{text.importUnsupported}</p>
            <ul>
              {result.unsupported.map((problem) => (
                <li key={`${problem.path}:${problem.feature}`}>
                  <code>{problem.path}</code>: {problem.feature}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}

/** A react-jsonschema-form playground sample saved as JSON: the schema under `schema`, not at the top. */
function toSample(content: string): { schema: object; uiSchema?: unknown } | undefined {
  try {
    const parsed = JSON.parse(content) as Record<string, unknown> | null;
    const schema = parsed?.schema;
    if (!parsed || 'properties' in parsed || !schema || typeof schema !== 'object') return undefined;
    return { schema, uiSchema: parsed.uiSchema };
  } catch {
    return undefined;
  }
}
