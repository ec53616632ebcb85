import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { replaceDocument, type Command } from './createCommandStack';
import { draftApi, type DefinitionDraft, type DefinitionKind, type DraftIssue } from './draftApi';
import { useCommandHistory } from './useCommandHistory';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'readonly' | 'error';

export interface DraftConflict<C> {
  mine: C;
  theirs: DefinitionDraft<C>;
}

export interface DefinitionDraftState<C> {
  state: 'loading' | 'ready' | 'missing' | 'error';
  /** The draft as last saved (undefined until the first save of a draft started from a published version). */
  draft: DefinitionDraft<C> | undefined;
  doc: C;
  scenarios: unknown[];
  setScenarios: (scenarios: unknown[]) => void;
  run: (command: Command<C>) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  saveStatus: SaveStatus;
  /** The server's definition issues at the last save (path + message). */
  issues: DraftIssue[];
  conflict: DraftConflict<C> | undefined;
  resolveConflict: (choice: 'mine' | 'theirs') => void;
  /** Saves at once instead of waiting for the pause after typing. */
  saveNow: () => void;
  loadError: unknown;
}

export const AUTOSAVE_DELAY_MS = 800;

export interface DraftOptions<C> {
  /** The starting document when the definition is new (no draft, nothing published). */
  create?: () => C;
}

/**
 * One definition being edited: loads the draft (or starts one from the latest published version), keeps the
 * undo history, autosaves a moment after the last edit with the revision it was based on, shows a conflict
 * instead of overwriting another editor's save, and warns before the page is left with unsaved edits.
 */
export function useDefinitionDraft<C>(
  kind: DefinitionKind,
  id: string,
  options: DraftOptions<C> = {},
): DefinitionDraftState<C> {
  const history = useCommandHistory<C>(undefined as C);
  const [state, setState] = useState<DefinitionDraftState<C>['state']>('loading');
  const [loadError, setLoadError] = useState<unknown>();
  const [draft, setDraft] = useState<DefinitionDraft<C>>();
  const [scenarios, setScenariosState] = useState<unknown[]>([]);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('saved');
  const [issues, setIssues] = useState<DraftIssue[]>([]);
  const [conflict, setConflict] = useState<DraftConflict<C>>();

  // What the server holds: the revision to save over and the content/scenarios it has (by reference).
  const saved = useRef<{ revision: number; content: C | undefined; scenarios: unknown[] }>({
    revision: 0,
    content: undefined,
    scenarios: [],
  });
  const latest = useRef({ doc: history.doc, scenarios });
  latest.current = { doc: history.doc, scenarios };
  const saving = useRef(false);
  const blocked = useRef(false);
  const createRef = useRef(options.create);

  const { reset } = history;
  useEffect(() => {
    let cancelled = false;
    const apply = (content: C, nextScenarios: unknown[], revision: number, loaded?: DefinitionDraft<C>) => {
      if (cancelled) return;
      saved.current = { revision, content: loaded ? content : undefined, scenarios: nextScenarios };
      reset(content);
      setScenariosState(nextScenarios);
      setDraft(loaded);
      setIssues(loaded?.issues ?? []);
      blocked.current = loaded?.status === 'in_review';
      setSaveStatus(blocked.current ? 'readonly' : 'saved');
      setState('ready');
    };
    draftApi
      .get<C>(kind, id)
      .then((loaded) => apply(loaded.content, loaded.scenarios, loaded.revision, loaded))
      .catch(async (error: unknown) => {
        if (!isApiError(error) || error.status !== 404) throw error;
        const published = await draftApi.getLatestPublished<C>(kind, id);
        if (published !== undefined) {
          const version = (published as { version?: number }).version ?? 0;
          apply({ ...published, version: version + 1 }, [], 0);
          return;
        }
        const created = createRef.current?.();
        if (created === undefined) {
          if (!cancelled) setState('missing');
          return;
        }
        apply(created, [], 0);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setLoadError(error);
        setState('error');
      });
    return () => {
      cancelled = true;
    };
  }, [kind, id, reset]);

  const isDirty = useCallback(
    () =>
      latest.current.doc !== saved.current.content || latest.current.scenarios !== saved.current.scenarios,
    [],
  );

  const save = useCallback(async () => {
    if (saving.current || blocked.current || !isDirty()) return;
    saving.current = true;
    setSaveStatus('saving');
    const { doc, scenarios: sentScenarios } = latest.current;
    try {
      const next = await draftApi.save<C>(kind, id, saved.current.revision, {
        content: doc,
        scenarios: sentScenarios,
      });
      saved.current = { revision: next.revision, content: doc, scenarios: sentScenarios };
      setDraft(next);
      setIssues(next.issues);
      setSaveStatus(isDirty() ? 'unsaved' : 'saved');
    } catch (error) {
      if (isApiError(error) && error.status === 412 && error.problem.current) {
        blocked.current = true;
        setConflict({ mine: doc, theirs: error.problem.current as DefinitionDraft<C> });
        setSaveStatus('conflict');
      } else if (isApiError(error) && error.status === 409) {
        blocked.current = true;
        setSaveStatus('readonly');
      } else {
        setSaveStatus('error');
      }
    } finally {
      saving.current = false;
    }
  }, [kind, id, isDirty]);

  // Autosave a moment after the last edit; a save that ends with newer edits pending schedules the next one.
  useEffect(() => {
    if (state !== 'ready' || blocked.current || !isDirty()) return;
    if (!saving.current) setSaveStatus('unsaved');
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [history.doc, scenarios, state, save, isDirty, saveStatus]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (isDirty() || saving.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const { run } = history;
  const resolveConflict = useCallback(
    (choice: 'mine' | 'theirs') => {
      if (!conflict) return;
      const { mine, theirs } = conflict;
      blocked.current = false;
      setConflict(undefined);
      setDraft(theirs);
      if (choice === 'theirs') {
        saved.current = { revision: theirs.revision, content: theirs.content, scenarios: theirs.scenarios };
        run(replaceDocument('Tag den anden version', mine, theirs.content));
        setScenariosState(theirs.scenarios);
        setIssues(theirs.issues);
        setSaveStatus('saved');
      } else {
        // Keep mine: save it over the other editor's revision, on purpose and visibly.
        saved.current = { revision: theirs.revision, content: theirs.content, scenarios: theirs.scenarios };
        setSaveStatus('unsaved');
      }
    },
    [conflict, run],
  );

  return {
    state,
    draft,
    doc: history.doc,
    scenarios,
    setScenarios: setScenariosState,
    run: history.run,
    undo: history.undo,
    redo: history.redo,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    undoLabel: history.undoLabel,
    redoLabel: history.redoLabel,
    saveStatus,
    issues,
    conflict,
    resolveConflict,
    saveNow: () => void save(),
    loadError,
  };
}
