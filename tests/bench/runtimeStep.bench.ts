import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transition } from 'xstate';
import { createLibrary, FORM_SUBMITTED, startPathway, step, type PathwaySnapshot } from '../../runtime';
import { withTarget, type Benchmark, type BenchResult } from './Benchmark';
import { median, round2, spread } from './stats';

const ROUNDS = 7;
const STEPS_PER_ROUND = 4000;

function loadLibrary() {
  const sources = ['forms', 'workflows'].flatMap((folder) =>
    readdirSync(join('definitions', folder))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({
        source: f,
        content: JSON.parse(readFileSync(join('definitions', folder, f), 'utf8')) as unknown,
      })),
  );
  return createLibrary(sources);
}

/**
 * A realistic step: the ADBB visit of Ishøj D1 (validate the submission, compute the total and overCutoff,
 * evaluate the guards, transition, snapshot) against a baseline of bare ajv validation plus a bare XState
 * transition of the same machine, in the same run.
 */
export const runtimeStep: Benchmark = {
  name: 'runtime-step',
  description: 'ADBB visit step in Ishøj D1 vs bare ajv + bare XState transition',
  async run(): Promise<BenchResult[]> {
    const library = loadLibrary();
    const workflow = library.getWorkflow('ishoej.d1', 1)!;
    const form = workflow.forms['F07-adbb']!;
    const data = (
      JSON.parse(readFileSync('tests/fixtures/submissions/F07-adbb.json', 'utf8')) as { valid: unknown[] }
    ).valid[0];
    const now = new Date('2027-01-10T09:00:00Z');
    let snapshot: PathwaySnapshot = startPathway(
      workflow,
      { facts: { child: { birthDate: '2026-11-10' } } },
      now,
    ).snapshot;
    for (const formId of ['F01-family-registration', 'F03-offer-response', 'F02-consent']) {
      const example = (
        JSON.parse(readFileSync(`tests/fixtures/submissions/${formId}.json`, 'utf8')) as { valid: unknown[] }
      ).valid[0];
      const result = step(
        workflow,
        snapshot,
        { type: FORM_SUBMITTED, formId, submissionId: formId, data: example },
        now,
      );
      if (!result.ok) throw new Error(`setup failed at ${formId}`);
      snapshot = result.snapshot;
    }
    const event = { type: FORM_SUBMITTED, formId: 'F07-adbb', submissionId: 's', data };
    // The measured step does the whole work once more here, checked: the data validated, the scores
    // computed, the guards passed, the transition taken and the next snapshot with its due dates.
    const checked = step(workflow, snapshot, event, now);
    if (
      !checked.ok ||
      checked.submission?.computed.total !== 1 ||
      !checked.transition?.to.includes('course.screening.adbb4m') ||
      !checked.due.some((d) => d.state === 'course.screening.adbb4m')
    ) {
      throw new Error('the ADBB step did not validate, compute, transition and schedule');
    }
    const ours = () => {
      const result = step(workflow, snapshot, event, now);
      if (!result.ok) throw new Error('the ADBB step failed');
    };
    // The baseline takes the same transition: the ADBB form counts as filled in, so the step moves on.
    const progress = {
      ...snapshot.context.progress,
      'course.screening.adbb2m': { enteredAt: now.toISOString(), submitted: { 'F07-adbb': 's' } },
    };
    const resolved = workflow.machine.resolveState({
      value: snapshot.value,
      context: { ...snapshot.context, progress },
    });
    const bare = () => {
      if (!form.validate(data)) throw new Error('invalid');
      const [next] = transition(workflow.machine, resolved, { type: FORM_SUBMITTED, formId: 'F07-adbb' });
      if (next.value === resolved.value) throw new Error('the baseline did not transition');
    };
    const round = (fn: () => void) => {
      const start = performance.now();
      for (let i = 0; i < STEPS_PER_ROUND; i++) fn();
      return (STEPS_PER_ROUND / (performance.now() - start)) * 1000;
    };
    for (let i = 0; i < 500; i++) ours(); // warm-up
    for (let i = 0; i < 500; i++) bare();
    // Rounds alternate, so a busy spell on a shared machine falls on both sides instead of on one.
    const oursRounds: number[] = [];
    const bareRounds: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      oursRounds.push(round(ours));
      bareRounds.push(round(bare));
    }
    const value = Math.round(median(oursRounds));
    const baseline = Math.round(median(bareRounds));
    const costRatio = round2(baseline / value);
    return [
      withTarget(
        {
          name: 'runtime.step ADBB visit',
          unit: 'steps/s',
          value,
          baseline,
          ratio: round2(value / baseline),
          spread: round2(spread(oursRounds)),
        },
        '>=',
        20_000,
      ),
      withTarget(
        {
          name: 'runtime.step cost vs baseline',
          unit: '×',
          value: costRatio,
          note: 'cost of our step / cost of bare ajv + XState',
        },
        '<=',
        2,
      ),
    ];
  },
};
