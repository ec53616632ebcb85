import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONSENTS_CHANGED,
  createLibrary,
  loadLibrary,
  startPathway,
  step,
  toConsentFacts,
  type PathwaySnapshot,
} from '../../runtime';

const SOURCE = 'workflows/test.consent.v1.json';
const content = JSON.parse(
  readFileSync('tests/fixtures/consents/workflows/test.consent.v1.json', 'utf8'),
) as Record<string, any>;
const workflow = createLibrary([{ source: SOURCE, content }]).getWorkflow('test.consent', 1)!;
const NOW = new Date('2026-11-20T09:00:00Z');

const start = (consents = toConsentFacts()) =>
  startPathway(workflow, { facts: { child: {}, consents } }, NOW).snapshot;
const send = (snapshot: PathwaySnapshot, event: { type: string; [key: string]: unknown }) => {
  const result = step(workflow, snapshot, event, NOW);
  if (!result.ok) throw new Error(result.problem.detail);
  return result.snapshot;
};

describe('consents in guards', () => {
  it('takes the guarded transition only when the consent is given', () => {
    expect(send(start(), { type: 'DECIDE' }).value).toBe('noLetter');
    expect(send(start({ ...toConsentFacts(), gpLetter: true }), { type: 'DECIDE' }).value).toBe('letterToGp');
  });

  it('reads every purpose as false when a pathway started before consents were kept', () => {
    const old = startPathway(workflow, { facts: { child: {} } }, NOW).snapshot;
    expect(send(old, { type: 'DECIDE' }).value).toBe('noLetter');
  });

  it('keeps the consents CONSENTS_CHANGED brings, also in a state that does not listen for it', () => {
    const given = send(start(), {
      type: CONSENTS_CHANGED,
      consents: { gpLetter: true, teamDiscussionNamed: false, unknownPurpose: true },
    });
    expect(given.value).toBe('decide');
    expect(given.context.facts.consents).toEqual({ ...toConsentFacts(), gpLetter: true });
    expect(send(given, { type: 'DECIDE' }).value).toBe('letterToGp');
    const named = send(given, { type: CONSENTS_CHANGED, consents: { teamDiscussionNamed: true } });
    expect(named.value).toBe('teamByName');
    // A withdrawal: the consent is gone from the facts, and the guard reads false again.
    expect(send(named, { type: 'DECIDE' }).value).toBe('noLetter');
  });

  it('counts a consent as given while some record of it is not withdrawn', () => {
    expect(
      toConsentFacts([
        { purpose: 'gpLetter', withdrawnAt: '2026-11-01T00:00:00Z' },
        { purpose: 'gpLetter' },
        { purpose: 'evaluationContact', withdrawnAt: '2026-11-01T00:00:00Z' },
        { purpose: 'notAPurpose' },
      ]),
    ).toEqual({ ...toConsentFacts(), gpLetter: true });
  });

  it('refuses a guard that reads a consent purpose that does not exist', () => {
    const bad = structuredClone(content);
    bad.machine.states.decide.on.DECIDE[0].guard = { '===': [{ var: 'consents.sellData' }, true] };
    expect(loadLibrary([{ source: SOURCE, content: bad }]).issues).toEqual([
      {
        source: SOURCE,
        path: '/machine/states/decide/on/DECIDE/0/guard',
        message: "reads consent 'sellData', which is not a consent purpose",
      },
    ]);
  });
});
