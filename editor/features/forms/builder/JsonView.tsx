import { json, jsonParseLinter } from '@codemirror/lang-json';
import { syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { linter, lintGutter } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, lineNumbers } from '@codemirror/view';
import { useEffect, useId, useRef, useState } from 'react';
import type { FormDefinition } from '../../../../runtime';
import { useFeatureText } from '../../../i18n/useFeatureText';
import { replaceDocument, type Command } from '../../editing/createCommandStack';
import { draftApi, type DraftIssue } from '../../editing/draftApi';
import { formsTexts } from '../text';

interface Props {
  doc: FormDefinition;
  run: (command: Command<FormDefinition>) => void;
}

const APPLY_DELAY_MS = 400;

/**
 * The definition as JSON in CodeMirror, editable: a valid definition becomes the document (one undoable edit
 * a moment after typing stops), so the visual view, the preview and the autosave follow. What is typed is
 * checked by the server as a save would check it (the checks compile schemas, which the browser may not do
 * under the content security policy); errors are listed with their path as you type, and a definition with
 * errors stays in the editor only — it is never applied, so a broken definition is never saved.
 */
export function JsonView({ doc, run }: Props) {
  const text = useFeatureText(formsTexts);
  const id = useId();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const docRef = useRef(doc);
  docRef.current = doc;
  const shown = useRef(JSON.stringify(doc, null, 2));
  const [draftText, setDraftText] = useState(shown.current);
  const [syntaxError, setSyntaxError] = useState<string | null>(null);
  // The errors of typed JSON that parses but was not applied (undefined: the editor shows the document).
  const [typedIssues, setTypedIssues] = useState<DraftIssue[]>();
  // The document's own problems, as the server found them for exactly this document.
  const [checked, setChecked] = useState<{ doc: FormDefinition; issues: DraftIssue[] }>();

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

  // Typing: once the text parses and the server finds no problem, it becomes the document.
  useEffect(() => {
    if (draftText === shown.current) {
      // Typed back to the document: nothing pending.
      setSyntaxError(null);
      setTypedIssues(undefined);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(draftText);
      } catch (error) {
        setSyntaxError(error instanceof Error ? error.message : text.jsonInvalid);
        return;
      }
      setSyntaxError(null);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        setTypedIssues([{ path: '/', message: 'must be an object' }]);
        return;
      }
      const current = docRef.current;
      draftApi.check(current.kind, current.id, parsed).then(
        ({ issues }) => {
          // A check that comes back after more typing is about text no longer there.
          if (!live) return;
          if (issues.length > 0) {
            setTypedIssues(issues);
            return;
          }
          setTypedIssues(undefined);
          shown.current = draftText;
          setChecked({ doc: parsed as FormDefinition, issues: [] });
          run(replaceDocument(text.edits.json, docRef.current, parsed as FormDefinition));
        },
        () => {
          if (live) setTypedIssues([{ path: '/', message: text.jsonCheckFailed }]);
        },
      );
    }, APPLY_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draftText, run, text]);

  // The document's problems (on opening the view, and after undo or redo).
  useEffect(() => {
    if (checked?.doc === doc) return;
    let live = true;
    draftApi.check(doc.kind, doc.id, doc).then(
      ({ issues }) => {
        if (live) setChecked({ doc, issues });
      },
      () => {
        if (live) setChecked({ doc, issues: [{ path: '/', message: text.jsonCheckFailed }] });
      },
    );
    return () => {
      live = false;
    };
  }, [doc, checked, text]);

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
    setTypedIssues(undefined);
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: next } });
  }, [doc]);

  const issues = typedIssues ?? (checked?.doc === doc ? checked.issues : undefined);

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
        {typedIssues && !syntaxError ? <p className="form-error-message">{text.jsonNotApplied}</p> : null}
        <h3 className="h5">{text.issues}</h3>
        {issues === undefined ? (
          <p>{text.jsonChecking}</p>
        ) : issues.length === 0 ? (
          <p>{text.noIssues}</p>
        ) : (
          <ul>
            {issues.map((issue) => (
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
