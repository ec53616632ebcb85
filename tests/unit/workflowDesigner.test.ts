import { describe, expect, it } from 'vitest';
import { getStateConfig, lintWorkflow, type WorkflowDefinition } from '../../runtime';
import { compileDraftWorkflow } from '../../runtime/simulation/compileDraftWorkflow';
import { toGraph } from '../../runtime/workflow/toGraph';
import { resolveTarget } from '../../runtime/workflow/workflowTargets';
import { createCommandStack } from '../../editor/features/editing/createCommandStack';
import {
  addState,
  addTransition,
  deleteState,
  moveTransition,
  renameState,
  setTransitionTarget,
  updateTransition,
} from '../../editor/features/workflows/model/editWorkflow';
import { fromXStateConfig } from '../../editor/features/workflows/model/fromXStateConfig';
import { toCommand } from '../../editor/features/workflows/model/toCommand';
import { toGuardFields } from '../../editor/features/workflows/model/toGuardFields';
import { toMermaid } from '../../editor/features/workflows/model/toMermaid';
import { loadSeedDefinitions, readSeedSources } from './loadSeedLibrary';

const seed = (id: string) =>
  readSeedSources().find(
    (s) =>
      (s.content as WorkflowDefinition).id === id && (s.content as WorkflowDefinition).kind === 'workflow',
  )!.content as WorkflowDefinition;

/** Every transition's target resolves to a state: the machine is still wired after an edit. */
function expectWired(definition: WorkflowDefinition) {
  for (const edge of toGraph(definition).edges)
    if (edge.transition.target !== undefined)
      expect(resolveTarget(definition.machine, edge.source, edge.transition.target), edge.id).toBeDefined();
}

describe('designer edits of a workflow definition', () => {
  const pregnancy = () => seed('modelA.pregnancyVisit');

  it('renames a nested state and rewires every transition into it, and it still loads', () => {
    const renamed = renameState(pregnancy(), 'visit.screening.screenMother', 'screenMotherEpds');
    expect(getStateConfig(renamed.machine, 'visit.screening.screenMotherEpds')).toBeDefined();
    expect(getStateConfig(renamed.machine, 'visit.screening.screenMother')).toBeUndefined();
    expectWired(renamed);
    const { workflow, issues } = compileDraftWorkflow(loadSeedDefinitions().library, renamed);
    expect(issues).toEqual([]);
    expect(workflow).toBeDefined();
  });

  it('renames an initial state and keeps it initial', () => {
    const renamed = renameState(pregnancy(), 'intake', 'referral');
    expect(renamed.machine.initial).toBe('referral');
    expectWired(renamed);
  });

  it('deletes a state with the transitions into it', () => {
    const deleted = deleteState(pregnancy(), 'extraVisit');
    expect(getStateConfig(deleted.machine, 'extraVisit')).toBeUndefined();
    expect(JSON.stringify(deleted.machine.states.outcome?.on ?? {})).not.toContain('extraVisit');
    expectWired(deleted);
  });

  it('adds a state and a transition, moves it first, and undo restores the document exactly', () => {
    const start = pregnancy();
    let stack = createCommandStack(start);
    stack = stack.run(
      toCommand('add', (d) =>
        addState(d, 'visit.screening', 'needVisit', { meta: { title: { da: 'B', en: 'B' } } }),
      ),
    );
    stack = stack.run(
      toCommand('wire', (d) =>
        addTransition(d, 'visit.screening.screenMother', 'FORM_SUBMITTED', 'visit.screening.needVisit'),
      ),
    );
    const ref = {
      source: 'visit.screening.screenMother',
      kind: 'on' as const,
      event: 'FORM_SUBMITTED',
      index: 2,
    };
    stack = stack.run(
      toCommand('first', (d) => moveTransition(moveTransition(d, ref, -1), { ...ref, index: 1 }, -1)),
    );
    const list = getStateConfig(stack.doc.machine, 'visit.screening.screenMother')?.on?.FORM_SUBMITTED;
    expect(Array.isArray(list) && list[0]).toEqual({ target: 'needVisit' });
    expectWired(stack.doc);
    stack = stack.undo().undo().undo();
    expect(stack.doc).toBe(start);
    stack = stack.redo();
    expect(getStateConfig(stack.doc.machine, 'visit.screening.needVisit')).toBeDefined();
  });

  it('writes targets across containers as absolute paths', () => {
    const ref = { source: 'outcome', kind: 'on' as const, event: 'EXTRA_VISIT', index: 0 };
    const next = setTransitionTarget(pregnancy(), ref, 'visit.screening.screenMother');
    expect(next.machine.states.outcome?.on?.EXTRA_VISIT).toEqual({
      target: '#pathway.visit.screening.screenMother',
    });
    expectWired(next);
  });

  it('offers guards only the fields of forms filled before the transition, and the parameters', () => {
    const definition = pregnancy();
    const fields = toGuardFields(
      definition,
      toGraph(definition),
      'offer',
      loadSeedDefinitions().library,
      'da',
    );
    const names = fields.map((f) => f.name);
    expect(names).toContain('answers.F03-offer-response.response');
    expect(names.some((n) => n.startsWith('answers.F09-epds.'))).toBe(false);
    expect(names).toContain('params.visitWindowDays');
    const later = toGuardFields(
      definition,
      toGraph(definition),
      'visit.screening.screenPartner',
      loadSeedDefinitions().library,
      'da',
    );
    expect(later.map((f) => f.name)).toContain('answers.F09-epds.totalScore');
  });
});

describe('import and export', () => {
  it('imports an XState machine config and lists what it cannot convert', () => {
    const result = fromXStateConfig({
      id: 'stately',
      initial: 'waiting',
      states: {
        waiting: {
          on: { next: { target: 'visit', guard: 'isReady' }, 'go.back': '#stately.done' },
          after: { 1000: 'visit' },
        },
        visit: { invoke: { src: 'loadFamily' }, entry: ['flag', 'sendEmail'], on: { DONE: 'done' } },
        old: { type: 'history' },
        done: { type: 'final' },
      },
    });
    expect(result.machine.states.waiting?.on).toEqual({
      NEXT: { target: 'visit' },
      GO_BACK: { target: '#pathway.done' },
    });
    expect(result.machine.states.visit?.entry).toEqual([{ type: 'flag' }]);
    expect(result.machine.states.old).toBeUndefined();
    expect(result.events).toEqual(['DONE', 'GO_BACK', 'NEXT']);
    const text = result.notConverted.join('\n');
    for (const expected of [
      'guard "isReady"',
      "'after'",
      "'invoke'",
      "'sendEmail'",
      'history state',
      "renamed to 'NEXT'",
    ])
      expect(text).toContain(expected);
  });

  it('exports a Mermaid state diagram with nesting, initial and final states', () => {
    const mermaid = toMermaid(seed('modelA.pregnancyVisit'), 'da');
    expect(mermaid.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(mermaid).toContain('[*] --> intake');
    expect(mermaid).toContain('state visit {');
    expect(mermaid).toContain(
      'visit__screening__screenMother --> visit__screening__screenPartner : FORM_SUBMITTED [betingelse]',
    );
    expect(mermaid).toContain('declined --> [*]');
  });
});

describe('the extended lint of the designer', () => {
  const lint = (definition: WorkflowDefinition) => {
    const { workflow, issues } = compileDraftWorkflow(loadSeedDefinitions().library, definition);
    expect(issues).toEqual([]);
    return lintWorkflow(workflow!.definition, workflow!.machine, { extended: true });
  };

  it('flags a guard that reads a form no earlier state asks for, at the transition', () => {
    const definition = seed('modelA.pregnancyVisit');
    const ref = { source: 'intake', kind: 'on' as const, event: 'ASSIGNED', index: 0 };
    const guarded = updateTransition(definition, ref, (t) => ({
      ...t,
      guard: { '>=': [{ var: 'answers.F09-epds.totalScore' }, 11] },
    }));
    const issues = lint(guarded).filter((i) => i.code === 'guard-reads-later-form');
    expect(issues).toEqual([
      expect.objectContaining({ state: 'intake', transition: ref, severity: 'warning' }),
    ]);
    expect(lint(definition).filter((i) => i.code === 'guard-reads-later-form')).toEqual([]);
  });

  it('flags a state without a title in both languages', () => {
    const untitled = addState(seed('modelA.pregnancyVisit'), '', 'untitled', { on: { ASSIGNED: 'offer' } });
    expect(lint(untitled).filter((i) => i.code === 'missing-translation')).toEqual([
      expect.objectContaining({ state: 'untitled', message: "State 'untitled' has no title in da, en" }),
    ]);
  });
});
