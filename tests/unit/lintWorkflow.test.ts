import { describe, expect, it } from 'vitest';
import { createLibrary, lintWorkflow, type DueRule, type WorkflowDefinition } from '../../runtime';

const visitForm = {
  kind: 'form',
  formatVersion: 1,
  id: 'visit',
  version: 1,
  title: { da: 'Besøg', en: 'Visit' },
  subject: 'child',
  schema: { type: 'object', properties: { date: { type: 'string', format: 'date', title: 'Dato' } } },
};

function lint(machine: WorkflowDefinition['machine'], events: WorkflowDefinition['events'] = {}) {
  const workflow = {
    kind: 'workflow',
    formatVersion: 1,
    id: 'test.flow',
    version: 1,
    title: { da: 'Test', en: 'Test' },
    roles: ['sundhedsplejerske'],
    forms: { visit: 1 },
    events,
    machine,
  };
  const compiled = createLibrary([
    { source: 'visit', content: visitForm },
    { source: 'flow', content: workflow },
  ]).getWorkflow('test.flow', 1)!;
  return lintWorkflow(compiled.definition, compiled.machine).map((i) => `${i.code} ${i.state}`);
}

const title = { da: 'Trin', en: 'Step' };

describe('the workflow lint', () => {
  it('finds nothing wrong with a visit that leads to an end', () => {
    expect(
      lint({
        initial: 'visit',
        states: {
          visit: { meta: { title, forms: ['visit'] }, on: { FORM_SUBMITTED: 'done' } },
          done: { type: 'final' },
        },
      }),
    ).toEqual([]);
  });

  it('flags a state no transition leads to', () => {
    const issues = lint({
      initial: 'visit',
      states: {
        visit: { meta: { title, forms: ['visit'] }, on: { FORM_SUBMITTED: 'done' } },
        orphan: { meta: { title, forms: ['visit'] }, on: { FORM_SUBMITTED: 'done' } },
        done: { type: 'final' },
      },
    });
    expect(issues).toEqual(['unreachable orphan']);
  });

  it('flags a dead end from which the pathway never ends', () => {
    const issues = lint({
      initial: 'visit',
      states: {
        visit: {
          meta: { title, forms: ['visit'] },
          on: { FORM_SUBMITTED: [{ guard: { '===': [1, 1] }, target: 'stuck' }, { target: 'done' }] },
        },
        stuck: { meta: { title, forms: ['visit'] } },
        done: { type: 'final' },
      },
    });
    expect(issues).toEqual(['no-way-to-end stuck', 'forms-never-complete stuck']);
  });

  it('flags a waiting state without a due date, but not one with', () => {
    const machine = (due?: DueRule) => ({
      initial: 'wait',
      states: {
        wait: { meta: { title, ...(due ? { due } : {}) }, on: { CHILD_BORN: 'done' } },
        done: { type: 'final' as const },
      },
    });
    expect(lint(machine())).toEqual(['waiting-without-due wait']);
    expect(lint(machine({ anchor: 'child.dueDate' }))).toEqual([]);
  });

  it('lets a parallel state end only through its regions and flags an event nobody listens for', () => {
    const issues = lint(
      {
        initial: 'both',
        states: {
          both: {
            type: 'parallel',
            onDone: 'done',
            states: {
              a: {
                initial: 'v',
                states: {
                  v: { meta: { title, forms: ['visit'] }, on: { FORM_SUBMITTED: 'end' } },
                  end: { type: 'final' },
                },
              },
              b: {
                initial: 'v',
                states: {
                  v: { meta: { title, forms: ['visit'] }, on: { FORM_SUBMITTED: 'end' } },
                  end: { type: 'final' },
                },
              },
            },
          },
          done: { type: 'final' },
        },
      },
      { STOP: { title: { da: 'Stop', en: 'Stop' }, manual: true } },
    );
    expect(issues).toEqual(['unused-event ']);
  });
});

describe('the designer lint over the seed library', () => {
  it('finds no guard reading a form that no earlier, enclosing or enclosed state asks for', async () => {
    const { loadSeedLibrary } = await import('./loadSeedLibrary');
    const library = loadSeedLibrary();
    const found = library.listWorkflows().flatMap((w) =>
      lintWorkflow(w.definition, w.machine, { extended: true })
        .filter((i) => i.code === 'guard-reads-later-form')
        .map((i) => `${w.definition.id}: ${i.message}`),
    );
    expect(found).toEqual([]);
  });
});
