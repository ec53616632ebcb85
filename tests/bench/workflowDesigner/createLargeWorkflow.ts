import type { StateConfig, WorkflowDefinition } from '../../../runtime';

const STATES = 200;

/**
 * A large but realistic pathway: 200 states in ten compound phases of twenty, each phase a chain of visits
 * with a branch back and a skip ahead (guards), phases chained by onDone, one final state.
 */
export function createLargeWorkflow(states = STATES): WorkflowDefinition {
  const phases = 10;
  const perPhase = Math.floor((states - phases - 1) / phases);
  const machineStates: Record<string, StateConfig> = {};
  for (let p = 0; p < phases; p++) {
    const children: Record<string, StateConfig> = {};
    for (let i = 0; i < perPhase; i++) {
      const next = i === perPhase - 1 ? 'end' : `s${i + 1}`;
      children[`s${i}`] = {
        meta: {
          title: { da: `Besøg ${p + 1}.${i + 1}`, en: `Visit ${p + 1}.${i + 1}` },
          due: { anchor: 'stateEntry' },
        },
        on: {
          NEXT: next,
          ...(i > 1 ? { BACK: `s${i - 2}` } : {}),
          ...(i + 3 < perPhase
            ? { SKIP: { target: `s${i + 3}`, guard: { '===': [{ var: 'params.skip' }, true] } } }
            : {}),
        },
      };
    }
    children.end = { type: 'final' };
    machineStates[`phase${p}`] = {
      initial: 's0',
      meta: { title: { da: `Fase ${p + 1}`, en: `Phase ${p + 1}` } },
      states: children,
      onDone: p === phases - 1 ? 'done' : `phase${p + 1}`,
    };
  }
  machineStates.done = { type: 'final', meta: { title: { da: 'Afsluttet', en: 'Done' } } };
  return {
    kind: 'workflow',
    formatVersion: 1,
    id: 'bench.large',
    version: 1,
    title: { da: 'Stort forløb', en: 'Large pathway' },
    roles: ['sundhedsplejerske'],
    forms: {},
    events: {
      NEXT: { title: { da: 'Næste', en: 'Next' }, manual: true },
      BACK: { title: { da: 'Tilbage', en: 'Back' }, manual: true },
      SKIP: { title: { da: 'Spring over', en: 'Skip' }, manual: true },
    },
    parameters: {
      skip: { title: { da: 'Spring over', en: 'Skip' }, schema: { type: 'boolean' }, default: false },
    },
    machine: { initial: 'phase0', states: machineStates },
  };
}
