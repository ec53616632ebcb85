import { useEffect, useMemo, useState } from 'react';
import type { Library, WorkflowDefinition } from '../../../runtime';
import {
  designerApi,
  listStartedWorkflows,
  loadDesignerLibrary,
  type FormSummary,
  type WorkflowSummary,
} from './designerApi';

export interface DesignerLibrary {
  /** The published forms and workflows (latest version of each), for pickers. */
  forms: FormSummary[];
  workflows: WorkflowSummary[];
  /** The compiled definitions the draft needs; undefined while loading. */
  library: Library | undefined;
  error: unknown;
}

/** Loads what the designer needs from the published library; reloads when the draft pins other forms. */
export function useDesignerLibrary(doc: WorkflowDefinition | undefined): DesignerLibrary {
  const [forms, setForms] = useState<FormSummary[]>([]);
  const [workflows, setWorkflows] = useState<WorkflowSummary[] | undefined>();
  const [library, setLibrary] = useState<Library>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    Promise.all([designerApi.listForms(), designerApi.listWorkflows()]).then(
      ([f, w]) => {
        setForms(f);
        setWorkflows(w);
      },
      (e: unknown) => setError(e),
    );
  }, []);

  // Only what the draft references matters: a new key only when a pin or a started workflow changes.
  const key = useMemo(() => {
    if (!doc) return '';
    const pins = Object.entries(doc.forms ?? {}).sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify([pins, listStartedWorkflows(doc.machine)]);
  }, [doc]);

  useEffect(() => {
    if (!key || !workflows) return;
    let current = true;
    const [pins, started] = JSON.parse(key) as [[string, number][], string[]];
    loadDesignerLibrary(Object.fromEntries(pins), started, workflows).then(
      (loaded) => current && setLibrary(loaded),
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [key, workflows]);

  return { forms, workflows: workflows ?? [], library, error };
}
