import { describe, expect, it } from 'vitest';
import type { StateConfig, WorkflowDefinition } from '../../runtime';
import {
  classifyChange,
  diffWorkflow,
  toReleaseNotes,
  type DiffContext,
} from '../../runtime/definitions/diff';
import { getSeedWorkflow, loadSeedLibrary } from './loadSeedLibrary';

const context: DiffContext = {
  getForm: (id, version) => loadSeedLibrary().getForm(id, version)?.definition,
};

function cloneD1(): WorkflowDefinition {
  return structuredClone(getSeedWorkflow('ishoej.d1', 1).definition);
}

function getVisits(workflow: WorkflowDefinition): Record<string, StateConfig> {
  const visits = workflow.machine.states.course?.states?.visits?.states;
  if (!visits) throw new Error('ishoej.d1 has no course.visits states');
  return visits;
}

/** The realistic change: after the 3-month visit, an EPDS over the cut-off leads to a need visit. */
function addNeedVisitAfterEpds(): WorkflowDefinition {
  const next = cloneD1();
  next.version = 2;
  next.forms = { ...next.forms, 'F09-epds': 1, 'F11-need-visit': 1 };
  const visits = getVisits(next);
  const visit3m = visits.visit3m as StateConfig;
  visit3m.meta = {
    ...visit3m.meta,
    forms: [...(visit3m.meta?.forms ?? []), { id: 'F09-epds', optional: true }],
  };
  visit3m.on = {
    FORM_SUBMITTED: [
      { target: 'needVisit', guard: { '===': [{ var: 'answers.F09-epds.overCutoff' }, true] } },
      { target: 'visit5m' },
    ],
  };
  visits.needVisit = {
    meta: {
      title: { da: 'Behovsbesøg', en: 'Need visit' },
      forms: ['F11-need-visit'],
      roles: ['sundhedsplejerske'],
    },
    on: { FORM_SUBMITTED: 'visit5m' },
  };
  return next;
}

describe('diffWorkflow on ishoej.d1', () => {
  it('finds no changes between a version and itself', () => {
    const diff = diffWorkflow(cloneD1(), cloneD1(), context);
    expect(diff.states).toEqual([]);
    expect(diff.transitions).toEqual([]);
    expect(toReleaseNotes(diff, 'da')).toEqual([]);
  });

  it('lists the new need-visit state, the guarded transition into it and the new pinned forms', () => {
    const diff = diffWorkflow(cloneD1(), addNeedVisitAfterEpds(), context);
    expect(diff.states.map((s) => `${s.change} ${s.path}`)).toEqual([
      'changed course.visits.visit3m',
      'added course.visits.needVisit',
    ]);
    const added = diff.transitions.filter((t) => t.change === 'added').map((t) => t.key);
    expect(added).toEqual([
      'course.visits.visit3m|FORM_SUBMITTED|course.visits.needVisit',
      'course.visits.needVisit|FORM_SUBMITTED|course.visits.visit5m',
    ]);
    expect(diff.forms.map((f) => `${f.id} ${f.before} → ${f.after}`)).toEqual([
      'F09-epds undefined → 1',
      'F11-need-visit undefined → 1',
    ]);
  });

  it('writes Danish release notes that name the EPDS cut-off and the need visit by title', () => {
    const notes = toReleaseNotes(diffWorkflow(cloneD1(), addNeedVisitAfterEpds(), context), 'da');
    expect(notes).toContain(
      'EPDS over cut-off (positiv opsporing) fører nu til "Behovsbesøg" (fra "Hjemmebesøg ved barnets 3. mdr.").',
    );
    expect(notes).toContain('Nyt trin "Behovsbesøg" med skemaet "Behovsbesøg".');
    expect(notes).toContain(
      '"Behovsbesøg" fører nu til "Hjemmebesøg ved barnets 5. mdr." (når skemaerne er indsendt).',
    );
    expect(notes).toContain(
      'Trinnet "Hjemmebesøg ved barnets 3. mdr." beder nu også om "EPDS – Edinburgh Postnatale Depression Scale".',
    );
    expect(notes).toContain('Forløbet bruger nu skemaet "Behovsbesøg" (version 1).');
    expect(notes.join(' ')).not.toMatch(/needVisit|visit3m|F09-epds|overCutoff/);
  });

  it('writes the same notes in English', () => {
    const notes = toReleaseNotes(diffWorkflow(cloneD1(), addNeedVisitAfterEpds(), context), 'en');
    expect(notes).toContain(
      `EPDS over the cut-off (positive screening) now leads to "Need visit" (from "Home visit at the child's 3rd month").`,
    );
  });

  it('describes a changed parameter default and a changed guard', () => {
    const next = cloneD1();
    const window = next.parameters?.visitWindowDays;
    if (!window) throw new Error('ishoej.d1 has no visitWindowDays');
    window.default = 21;
    const offer = next.machine.states.offer as StateConfig;
    offer.on = {
      FORM_SUBMITTED: [
        { target: 'consent', guard: { '===': [{ var: 'answers.F03-offer-response.response' }, 'declined'] } },
        {
          target: 'declined',
          guard: { '===': [{ var: 'answers.F03-offer-response.response' }, 'declined'] },
        },
        {
          target: 'notReached',
          guard: { '===': [{ var: 'answers.F03-offer-response.response' }, 'notReached'] },
        },
      ],
    };
    const diff = diffWorkflow(cloneD1(), next, context);
    expect(diff.transitions.map((t) => `${t.change} ${t.key}`)).toEqual([
      'changed offer|FORM_SUBMITTED|consent',
    ]);
    const notes = toReleaseNotes(diff, 'da');
    expect(notes).toContain(
      'Standardværdien for "Tolerancevindue for besøg (dage)" er ændret fra 14 til 21.',
    );
    expect(
      notes.find((n) => n.startsWith('Betingelsen for overgangen fra "Tilbud om forløb" til "Samtykke"')),
    ).toMatch(/nu når .* er "[^"]+"\.$/);
  });
});

describe('classifyChange for workflows', () => {
  function withoutVisit5m(): WorkflowDefinition {
    const next = cloneD1();
    const visits = getVisits(next);
    delete visits.visit5m;
    (visits.visit3m as StateConfig).on = { FORM_SUBMITTED: 'visit6m' };
    return next;
  }

  it('is safe to add a need-visit state', () => {
    expect(classifyChange('workflow', cloneD1(), addNeedVisitAfterEpds(), { instancesByState: {} })).toEqual({
      level: 'safe',
      reasons: [],
    });
  });

  it('is breaking to remove a state that live families are in', () => {
    const result = classifyChange('workflow', cloneD1(), withoutVisit5m(), {
      instancesByState: { 'course.visits.visit5m': 3 },
    });
    expect(result.level).toBe('breaking');
    expect(result.reasons).toEqual([
      {
        code: 'state-removed',
        path: 'course.visits.visit5m',
        message: {
          da: 'Trinnet "Hjemmebesøg ved barnets 5. mdr." fjernes, men 3 familier står i det.',
          en: `The step "Home visit at the child's 5th month" is removed, but 3 families are in it.`,
        },
      },
    ]);
  });

  it('is safe to remove a state nobody is in, and breaking when the counts are unknown', () => {
    const next = withoutVisit5m();
    expect(
      classifyChange('workflow', cloneD1(), next, { instancesByState: { 'course.visits.visit3m': 5 } }).level,
    ).toBe('safe');
    expect(classifyChange('workflow', cloneD1(), next).level).toBe('breaking');
  });
});
