import type { DueItem, Effect, FormDue, PathwaySnapshot, StepProblem } from '../workflow/types';

export type ScenarioMemberRole = 'pregnant' | 'mother' | 'father' | 'parent' | 'child';

export interface ScenarioMember {
  role: ScenarioMemberRole;
  name: string;
  birthDate?: string;
  dueDate?: string;
}

export type ScenarioStep =
  | { kind: 'submit'; formId: string; data: Record<string, unknown> }
  | { kind: 'event'; type: string; payload?: Record<string, unknown> }
  /** Moves the fake clock; due events fire day by day as the server's scheduler would fire them. */
  | { kind: 'advanceDays'; days: number };

/**
 * A saved simulation ("test family") of a workflow: stored with the workflow draft, published with it and
 * replayed by the publishing gate. Plain JSON.
 */
export interface Scenario {
  /** Stable, e.g. 'epds-over-cutoff'. */
  id: string;
  /** Danish, shown in lists. */
  name: string;
  family: { members: ScenarioMember[] };
  /** Which member the pathway is about (index into members). */
  subjectIndex: number;
  /** Parameter overrides for this run. */
  params?: Record<string, unknown>;
  /** ISO date the pathway starts (the fake clock's start). */
  startDate: string;
  steps: ScenarioStep[];
  /** Leaf state paths entered, in order; active leaf paths at the end (of the scenario's own workflow). */
  expected: { path: string[]; endState: string[] };
}

/** One pathway in a simulation: the simulated workflow itself or a sub-pathway one of its actions started. */
export interface SimulatedPathway {
  id: string;
  workflowId: string;
  workflowVersion: number;
  parentId?: string;
  snapshot: PathwaySnapshot;
  due: DueItem[];
  /** Scheduler keys already fired (state, entry time, event), so an event fires once per stay. */
  fired: string[];
  flags: { code: string; at: string }[];
}

/** Something that happened during a simulation, in order: the log the simulation panel shows. */
export interface SimulationLogEntry {
  /** ISO date of the fake clock when it happened. */
  date: string;
  pathwayId: string;
  kind: 'started' | 'submitted' | 'event' | 'scheduled' | 'transition' | 'effect' | 'ended' | 'problem';
  detail: string;
  /** For transitions: the leaf paths after the step. */
  to?: string[];
}

/** The whole state of a simulation run: plain data, advanced by `applyScenarioStep`. */
export interface SimulationState {
  /** The fake clock: an ISO calendar date. */
  today: string;
  rootId: string;
  pathways: Record<string, SimulatedPathway>;
  /** Leaf paths of the root pathway entered, in order (the start's leaves first). */
  path: string[];
  log: SimulationLogEntry[];
  /** Effects of every step, in order (flags, sub-pathway starts, counters…). */
  effects: (Effect & { pathwayId: string; date: string })[];
  /** Counter for deterministic submission and pathway ids. */
  sequence: number;
}

export interface StepOutcome {
  state: SimulationState;
  /** Set when the step could not be applied; the state is then unchanged apart from the clock. */
  problem?: StepProblem | { kind: 'no-pathway'; detail: string };
}

/** Forms due now in some pathway of the simulation. */
export type SimulatedFormDue = FormDue & { pathwayId: string };
