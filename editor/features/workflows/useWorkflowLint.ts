import { useMemo } from 'react';
import { lintWorkflow, type CompiledWorkflow, type Library, type WorkflowDefinition } from '../../../runtime';
import { compileDraftWorkflow } from '../../../runtime/simulation/compileDraftWorkflow';
import type { DraftIssue } from '../editing/draftApi';
import { toSelectionFromPointer, type Selection } from './model/Selection';
import type { WorkflowsText } from './text';

export interface LintEntry {
  severity: 'error' | 'warning';
  text: string;
  selection?: Selection;
}

/**
 * The designer's live lint: the draft compiled against the published library (every definition issue is an
 * error) and, once it compiles, the same structural lint the publishing gate runs, extended. The checks
 * that compile JSON Schemas (meta-schema, params) come from the server with each autosave (`serverIssues`):
 * the browser may not compile under the content security policy. Simulation waits until both are clean.
 */
export function useWorkflowLint(
  library: Library | undefined,
  doc: WorkflowDefinition | undefined,
  serverIssues: DraftIssue[],
  text: WorkflowsText['lint'],
): { workflow: CompiledWorkflow | undefined; entries: LintEntry[] } {
  const compiled = useMemo(
    () => (library && doc ? compileDraftWorkflow(library, doc, { schemaChecks: false }) : undefined),
    [library, doc],
  );
  return useMemo(() => {
    if (!compiled) return { workflow: undefined, entries: [] };
    const local = new Set(compiled.issues.map((issue) => `${issue.path}\n${issue.message}`));
    const issues = [
      ...compiled.issues,
      ...serverIssues.filter((issue) => !local.has(`${issue.path}\n${issue.message}`)),
    ];
    const entries: LintEntry[] = issues.map((issue) => {
      const selection = toSelectionFromPointer(issue.path);
      return {
        severity: 'error',
        text: text.definition(issue.path || '/', issue.message),
        ...(selection ? { selection } : {}),
      };
    });
    const workflow = serverIssues.length === 0 ? compiled.workflow : undefined;
    if (compiled.workflow) {
      const { definition, machine } = compiled.workflow;
      for (const issue of lintWorkflow(definition, machine, { extended: true })) {
        const selection: Selection | undefined = issue.transition
          ? { kind: 'transition', ref: issue.transition }
          : issue.state
            ? { kind: 'state', path: issue.state }
            : undefined;
        entries.push({
          severity: issue.severity,
          text: text.codes[issue.code](issue.state, issue.message),
          ...(selection ? { selection } : {}),
        });
      }
    }
    entries.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    return { workflow, entries };
  }, [compiled, serverIssues, text]);
}
