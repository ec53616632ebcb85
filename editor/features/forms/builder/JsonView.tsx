import { json, jsonParseLinter } from '@codemirror/lang-json';
import { syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { linter, lintGutter } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, lineNumbers } from '@codemirror/view';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormDefinition } from '../../../../runtime';
import { checkForm } from '../../../../runtime/definitions/checkForm';
import { checkMetaSchema } from '../../../../runtime/definitions/checkMetaSchema';
import { useFeatureText } from '../../../i18n/useFeatureText';
import { replaceDocument, type Command } from '../../editing/createCommandStack';
import type { DraftIssue } from '../../editing/draftApi';
import { formsTexts } from '../text';

interface Props {
  doc: FormDefinition;
  run: (command: Command<FormDefinition>) => void;
  /** The server's issues at the last save (cross-checks against the published library). */
  serverIssues: DraftIssue[];
}

const APPLY_DELAY_MS = 400;

/** The definition's issues as the runtime finds them: meta-schema first, cross-checks when that passes. */
export function toDefinitionIssues(content: unknown): DraftIssue[] {
  const meta = checkMetaSchema(content, 'builder');
  if (meta.length > 0) return meta.map(({ path, message }) => ({ path, message }));
  return checkForm(content as FormDefinition, 'builder').map(({ path, message }) => ({ path, message }));
}

/**
 * The definition as JSON in CodeMirror, editable: valid JSON becomes the document (one undoable edit a
 * moment after typing stops), so the visual view follows; syntax errors and definition errors are listed
 * with their path as you type.
 */
export function JsonView({ doc, run, serverIssues }: Props) {
  const text = useFeatureText(formsTexts);
  const id = useId();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const docRef = useRef(doc);
  docRef.current = doc;
  const shown = useRef(JSON.stringify(doc, null, 2));
  const [draftText, setDraftText] = useState(shown.current);
  const [syntaxError, setSyntaxError] = useState<string | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: shown.current,
        extensions: [
          lineNumbers(),
          json(),
          syntaxHighlighting(defaultHighlightStyle),
          linter(jsonParseLinter()),
          lintGutter(),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': text.json, 'aria-describedby': `${id}-hint` }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) setDraftText(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is created once; its label is fixed for the page's language.
  }, []);

  // Typing: once the text parses, it becomes the document (the visual view and preview follow).
  useEffect(() => {
    if (draftText === shown.current) return;
    const timer = setTimeout(() => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(draftText);
      } catch (error) {
        setSyntaxError(error instanceof Error ? error.message : text.jsonInvalid);
        return;
      }
      setSyntaxError(null);
      shown.current = draftText;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        run(replaceDocument(text.edits.json, docRef.current, parsed as FormDefinition));
    }, APPLY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draftText, run, text]);

  // An edit from elsewhere (undo, redo): the editor shows the new document.
  useEffect(() => {
    const next = JSON.stringify(doc, null, 2);
    const editor = view.current;
    if (!editor || next === shown.current) return;
    try {
      if (JSON.stringify(JSON.parse(editor.state.doc.toString())) === JSON.stringify(doc)) return;
    } catch {
      // The editor holds broken JSON: the document from elsewhere replaces it.
    }
    shown.current = next;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: next } });
  }, [doc]);

  const issues = useMemo(() => toDefinitionIssues(doc), [doc]);
  const all = [
    ...issues,
    ...serverIssues.filter(
      (issue) => !issues.some((own) => own.path === issue.path && own.message === issue.message),
    ),
  ];
  return (
    <section className="builder-json" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.json}</h2>
      <p id={`${id}-hint`} className="form-hint">
        {text.jsonHint}
      </p>
      <div ref={host} className="builder-json-editor" />
      <div role="status" aria-live="polite" className="builder-issues">
        {syntaxError ? (
          <p className="form-error-message">
            {text.jsonInvalid}: {syntaxError}
          </p>
        ) : null}
        <h3 className="h5">{text.issues}</h3>
        {all.length === 0 ? (
          <p>{text.noIssues}</p>
        ) : (
          <ul>
            {all.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                <code>{issue.path || '/'}</code>: {issue.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
