import { describe, expect, it } from 'vitest';
import { replayScenario } from '../../runtime/simulation/replayScenario';
import {
  applyScenarioStep,
  listSimulatedFormsDue,
  startSimulation,
  toEndState,
} from '../../runtime/simulation/runSimulation';
import type { Scenario } from '../../runtime/simulation/types';
import { getSeedWorkflow, loadSeedDefinitions } from './loadSeedLibrary';

const library = () => loadSeedDefinitions().library;
const infant = () => getSeedWorkflow('universal.infantProgramme', 1);

const visit = {
  visitType: 'home6m',
  date: '2027-03-01',
  location: 'home',
  professionals: ['sundhedsplejerske'],
  familyPresent: 'bothParents',
  topics: ['parentRole'],
};

/** Born 1 March, discharged later, the 2-month visit falls due by the scheduler after 6 weeks. */
const scenario: Scenario = {
  id: 'born-and-two-month-visit',
  name: 'Født, besøg ved 2 måneder',
  family: {
    members: [
      { role: 'mother', name: 'Mor Test', birthDate: '1995-04-02' },
      { role: 'child', name: 'Barn Test', dueDate: '2027-03-01' },
    ],
  },
  subjectIndex: 1,
  startDate: '2027-03-01',
  steps: [
    { kind: 'event', type: 'CHILD_BORN', payload: { birthDate: '2027-03-01' } },
    { kind: 'event', type: 'DISCHARGED_LATER' },
    { kind: 'advanceDays', days: 42 },
  ],
  expected: { path: ['awaitingBirth', 'dischargeCheck', 'earlyVisits', 'visit2m'], endState: ['visit2m'] },
};

describe('replayScenario', () => {
  it('replays a scenario green with the real runtime, the scheduler firing the due event', () => {
    const result = replayScenario(library(), infant(), scenario);
    expect(result.failures).toEqual([]);
    expect(result).toMatchObject({ ok: true, path: scenario.expected.path, endState: ['visit2m'] });
  });

  it('does not fire the due event before its date', () => {
    const early = {
      ...scenario,
      steps: [...scenario.steps.slice(0, 2), { kind: 'advanceDays', days: 41 } as const],
    };
    const result = replayScenario(library(), infant(), early);
    expect(result.ok).toBe(false);
    expect(result.endState).toEqual(['earlyVisits']);
    expect(result.failures.join('\n')).toContain('Forventet sluttilstand: visit2m');
  });

  it('reports a refused step with its number and reason', () => {
    const refused = { ...scenario, steps: [{ kind: 'event', type: 'DISCHARGED_EARLY' } as const] };
    const result = replayScenario(library(), infant(), refused);
    expect(result.ok).toBe(false);
    expect(result.failures[0]).toMatch(/^Trin 1 \(hændelse DISCHARGED_EARLY\)/);
  });
});

describe('simulation', () => {
  it('starts sub-pathways from actions and lists their forms as due', () => {
    const context = { library: library(), workflow: infant() };
    let state = startSimulation(context, scenario);
    state = applyScenarioStep(context, state, {
      kind: 'event',
      type: 'CHILD_BORN',
      payload: { birthDate: '2027-03-01' },
    }).state;
    const workflows = Object.values(state.pathways).map((p) => p.workflowId);
    expect(workflows).toEqual(['universal.infantProgramme', 'level.assessment']);
    const outcome = applyScenarioStep(context, state, { kind: 'event', type: 'DISCHARGED_EARLY' });
    expect(outcome.problem).toBeUndefined();
    const due = listSimulatedFormsDue(context, outcome.state);
    expect(due.find((f) => f.pathwayId === 'p1')).toMatchObject({
      formId: 'F05-visit',
      state: 'postnatalVisit',
    });
    const submitted = applyScenarioStep(context, outcome.state, {
      kind: 'submit',
      formId: 'F05-visit',
      data: visit,
    });
    expect(submitted.problem).toBeUndefined();
    expect(toEndState(submitted.state)).toEqual(['earlyVisits']);
    expect(submitted.state.pathways.p1?.snapshot.context.counters).toEqual({ homeVisits: 1 });
  });

  it('rejects invalid form data without changing the state', () => {
    const context = { library: library(), workflow: infant() };
    let state = startSimulation(context, scenario);
    state = applyScenarioStep(context, state, {
      kind: 'event',
      type: 'CHILD_BORN',
      payload: { birthDate: '2027-03-01' },
    }).state;
    state = applyScenarioStep(context, state, { kind: 'event', type: 'DISCHARGED_EARLY' }).state;
    const outcome = applyScenarioStep(context, state, {
      kind: 'submit',
      formId: 'F05-visit',
      data: { visitType: 42 },
    });
    expect(outcome.problem?.kind).toBe('invalid-data');
    expect(outcome.state).toBe(state);
  });
});
