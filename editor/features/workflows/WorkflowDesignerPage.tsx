import { useCallback, useMemo, useState } from 'react';
import type { WorkflowDefinition } from '../../../runtime';
import { toGraph } from '../../../runtime/workflow/toGraph';
import type { Scenario } from '../../../runtime/simulation/types';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { toHref } from '../../app/routes';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { useDefinitionDraft } from '../editing/useDefinitionDraft';
import type { DraftIssue } from '../editing/draftApi';
import { WorkflowCanvas } from './canvas/WorkflowCanvas';
import { ConflictNotice } from './ConflictNotice';
import { DesignerToolbar } from './DesignerToolbar';
import { toSelectionKey, type Selection } from './model/Selection';
import { WorkflowOutline } from './outline/WorkflowOutline';
import { ImportExportPanel } from './panels/ImportExportPanel';
import { LintPanel } from './panels/LintPanel';
import { ParametersPanel } from './panels/ParametersPanel';
import { StatePanel } from './panels/StatePanel';
import { TransitionPanel } from './panels/TransitionPanel';
import { SimulationPanel } from './simulation/SimulationPanel';
import { useSimulation } from './simulation/useSimulation';
import { workflowsText } from './text';
import { useDesignerEdits } from './useDesignerEdits';
import { useDesignerLibrary } from './useDesignerLibrary';
import { useWorkflowLint } from './useWorkflowLint';
import './workflowDesigner.css';

type Tab = 'design' | 'parameters' | 'simulation' | 'importExport';
const TABS: Tab[] = ['design', 'parameters', 'simulation', 'importExport'];

/** A new workflow starts as one waiting state and an end. */
function createWorkflow(id: string): WorkflowDefinition {
  return {
    kind: 'workflow',
    formatVersion: 1,
    id,
    version: 1,
    title: { da: id, en: id },
    roles: ['sundhedsplejerske'],
    forms: {},
    events: {},
    machine: {
      initial: 'start',
      states: {
        start: { meta: { title: { da: 'Start', en: 'Start' }, due: { anchor: 'stateEntry' } }, on: {} },
        done: { type: 'final', meta: { title: { da: 'Afsluttet', en: 'Completed' } } },
      },
    },
  };
}

const NO_ISSUES: DraftIssue[] = [];

/** The visual workflow designer: canvas, outline, properties, parameters, lint, simulation, import/export. */
export function WorkflowDesignerPage({ workflowId }: { workflowId: string }) {
  const text = useFeatureText(workflowsText);
  const { language } = useLanguage();
  const create = useCallback(() => createWorkflow(workflowId), [workflowId]);
  const draft = useDefinitionDraft<WorkflowDefinition>('workflow', workflowId, { create });
  const doc = draft.state === 'ready' ? draft.doc : undefined;
  const { forms, library } = useDesignerLibrary(doc);
  const lint = useWorkflowLint(library, doc, draft.state === 'ready' ? draft.issues : NO_ISSUES, text.lint);
  const simulation = useSimulation(library, lint.workflow);
  const [selection, setSelection] = useState<Selection>();
  const [tab, setTab] = useState<Tab>('design');
  const [layoutGeneration, setLayoutGeneration] = useState(0);
  const graph = useMemo(() => (doc ? toGraph(doc) : undefined), [doc]);
  const lintByState = useMemo(() => {
    const map = new Map<string, 'error' | 'warning'>();
    for (const entry of lint.entries) {
      const path = entry.selection?.kind === 'state' ? entry.selection.path : undefined;
      if (path && map.get(path) !== 'error') map.set(path, entry.severity);
    }
    return map;
  }, [lint.entries]);
  const readOnly = draft.saveStatus === 'readonly' || draft.saveStatus === 'conflict';
  const select = useCallback((next: Selection | undefined) => {
    // The same selection again keeps the same object: canvas and panels do not re-render for nothing.
    setSelection((current) => (toSelectionKey(current) === toSelectionKey(next) ? current : next));
    if (next) setTab((current) => (current === 'simulation' ? current : 'design'));
  }, []);

  const edits = useDesignerEdits(draft.run, text.commands, select);

  const back = (
    <p>
      <a href={toHref({ name: 'workflows' })}>{text.designer.back}</a>
    </p>
  );
  if (draft.state === 'loading') return <Loading />;
  if (draft.state === 'error')
    return (
      <Page title={text.designer.title(workflowId)} before={back}>
        <LoadFailure error={draft.loadError} />
      </Page>
    );
  if (draft.state === 'missing' || !doc || !graph)
    return (
      <Page title={text.designer.title(workflowId)} before={back}>
        <p>{text.designer.missing}</p>
      </Page>
    );

  const scenarios = draft.scenarios as Scenario[];
  return (
    <Page title={text.designer.title(doc.title[language] || doc.id)} before={back}>
      <DesignerToolbar draft={draft} text={text.designer} />
      {draft.conflict ? (
        <ConflictNotice
          conflict={draft.conflict}
          text={text.designer}
          language={language}
          onResolve={draft.resolveConflict}
        />
      ) : null}
      {!library ? <p className="loading">{text.designer.loadingLibrary}</p> : null}
      <div className="wf-designer">
        <WorkflowOutline
          doc={doc}
          graph={graph}
          language={language}
          text={text.outline}
          selection={selection}
          onSelect={select}
          onAddState={edits.addStateAt}
          readOnly={readOnly}
        />
        <div className="wf-main">
          <WorkflowCanvas
            graph={graph}
            language={language}
            text={text.canvas}
            selection={selection}
            onSelect={select}
            onMove={readOnly ? () => undefined : edits.moveState}
            activePaths={simulation.activePaths}
            lintByState={lintByState}
            layoutGeneration={layoutGeneration}
            onRelayout={() => {
              if (!readOnly) edits.clearLayout();
              setLayoutGeneration((g) => g + 1);
            }}
          />
          <LintPanel entries={lint.entries} text={text.lint} onSelect={select} />
        </div>
        <aside className="wf-side">
          <div className="wf-tabs" role="tablist" aria-label={text.designer.tabsLabel}>
            {TABS.map((t) => (
              <button
                key={t}
                type="button"
                role="tab"
                id={`wf-tab-${t}`}
                aria-selected={tab === t}
                aria-controls="wf-tabpanel"
                tabIndex={tab === t ? 0 : -1}
                className="wf-tab"
                onClick={() => setTab(t)}
                onKeyDown={(e) => {
                  if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
                  const next =
                    TABS[(TABS.indexOf(t) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
                  setTab(next);
                  document.getElementById(`wf-tab-${next}`)?.focus();
                }}
              >
                {text.designer.tabs[t]}
              </button>
            ))}
          </div>
          <div id="wf-tabpanel" role="tabpanel" aria-labelledby={`wf-tab-${tab}`} className="wf-tabpanel">
            {tab === 'design' ? (
              selection?.kind === 'state' ? (
                <StatePanel
                  key={selection.path}
                  path={selection.path}
                  doc={doc}
                  graph={graph}
                  library={library}
                  forms={forms}
                  language={language}
                  text={text}
                  edits={edits.state}
                  onSelect={select}
                  disabled={readOnly}
                />
              ) : selection?.kind === 'transition' ? (
                <TransitionPanel
                  transitionRef={selection.ref}
                  doc={doc}
                  graph={graph}
                  library={library}
                  language={language}
                  text={text}
                  edits={edits.transition}
                  disabled={readOnly}
                />
              ) : (
                <p>{text.state.none}</p>
              )
            ) : null}
            {tab === 'parameters' ? (
              <ParametersPanel
                doc={doc}
                text={text.parameters}
                onChange={edits.setParameters}
                disabled={readOnly}
              />
            ) : null}
            {tab === 'simulation' ? (
              <SimulationPanel
                run={simulation}
                library={library}
                workflow={lint.workflow}
                language={language}
                text={text.simulation}
                scenarios={scenarios}
                onScenariosChange={draft.setScenarios}
                disabled={readOnly}
              />
            ) : null}
            {tab === 'importExport' ? (
              <ImportExportPanel
                doc={doc}
                language={language}
                text={text.importExport}
                onImport={edits.importMachine}
                disabled={readOnly}
              />
            ) : null}
          </div>
        </aside>
      </div>
    </Page>
  );
}
