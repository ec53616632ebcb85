import { useId, useState } from 'react';
import type { Language, WorkflowDefinition } from '../../../../runtime';
import { toGraph } from '../../../../runtime/workflow/toGraph';
import { getElk } from '../layout/createElk';
import { layoutWorkflow } from '../layout/layoutWorkflow';
import { fromXStateConfig, type XStateImport } from '../model/fromXStateConfig';
import { toMermaid } from '../model/toMermaid';
import { toSvg } from '../model/toSvg';
import type { WorkflowsText } from '../text';

interface Props {
  doc: WorkflowDefinition;
  language: Language;
  text: WorkflowsText['importExport'];
  onImport: (result: XStateImport) => void;
  disabled: boolean;
}

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Import of an XState machine (JSON) and export of the definition, a Mermaid diagram and an SVG drawing. */
export function ImportExportPanel({ doc, language, text, onImport, disabled }: Props) {
  const id = useId();
  const [source, setSource] = useState('');
  const [error, setError] = useState('');
  const [result, setResult] = useState<XStateImport>();
  const mermaid = toMermaid(doc, language);
  const run = () => {
    try {
      const imported = fromXStateConfig(JSON.parse(source) as unknown);
      setError('');
      setResult(imported);
      onImport(imported);
    } catch {
      setResult(undefined);
      setError(text.importInvalid);
    }
  };
  return (
    <section className="wf-import-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="wf-panel-title">
        {text.title}
      </h2>
      <h3 className="wf-subtitle">{text.importTitle}</h3>
      <p>{text.importIntro}</p>
      <label className="form-label" htmlFor={`${id}-source`}>
        {text.importLabel}
      </label>
      {error ? (
        <span className="form-error-message" role="alert">
          {error}
        </span>
      ) : null}
      <textarea
        id={`${id}-source`}
        className="form-input wf-code"
        rows={8}
        value={source}
        onChange={(e) => setSource(e.target.value)}
      />
      <button
        type="button"
        className="button button-secondary"
        disabled={disabled || !source.trim()}
        onClick={run}
      >
        {text.importButton}
      </button>
      {result ? (
        <div role="status">
          <p>{text.imported(Object.keys(result.machine.states).length)}</p>
          {result.notConverted.length > 0 ? (
            <>
              <h4 className="wf-subtitle">{text.notConverted}</h4>
              <ul className="wf-not-converted">
                {result.notConverted.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      <h3 className="wf-subtitle">{text.exportTitle}</h3>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            download(
              `${doc.id}.v${doc.version}.json`,
              'application/json',
              `${JSON.stringify(doc, null, 2)}\n`,
            )
          }
        >
          {text.download}: {text.json}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => download(`${doc.id}.mmd`, 'text/plain', mermaid)}
        >
          {text.download}: {text.mermaid}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void layoutWorkflow(toGraph(doc), getElk()).then((boxes) =>
              download(`${doc.id}.svg`, 'image/svg+xml', toSvg(doc, boxes, language)),
            )
          }
        >
          {text.download}: {text.svg}
        </button>
      </div>
      <h4 className="wf-subtitle">{text.mermaid}</h4>
      <pre className="wf-code" tabIndex={0} aria-label={text.mermaid}>
        {mermaid}
      </pre>
    </section>
  );
}
