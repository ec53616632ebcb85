import { checkSubmission } from '../forms/checkSubmission';
import type { Language } from '../i18n/text';
import { getDue } from '../scheduling/getDue';
import { isIsoDate } from '../scheduling/dates';
import { toEffects } from './actionRegistry';
import { toGuardScope } from './toMachine';
import { getFormsDue } from './getFormsDue';
import { getMachineRunner } from './getMachineRunner';
import { toLeafPaths, type StateValue } from './statePaths';
import { toConsentFacts } from './consents';
import {
  CHILD_BORN,
  CONSENTS_CHANGED,
  FORM_SUBMITTED,
  type CompiledWorkflow,
  type PathwayContext,
  type PathwayEvent,
  type PathwaySnapshot,
  type StepResult,
} from './types';

export interface StepOptions {
  language?: Language;
}

/**
 * The pure core: `step(workflow, snapshot, event, now) → { snapshot, effects, due }`. Nothing is mutated;
 * user-data problems come back as data (`ok: false`), never as exceptions.
 */
export function step(
  workflow: CompiledWorkflow,
  snapshot: PathwaySnapshot,
  event: PathwayEvent,
  now: Date,
  options: StepOptions = {},
): StepResult {
  const language = options.language ?? 'da';
  if (snapshot.status !== 'active') {
    return problem('not-accepted', language === 'da' ? 'Forløbet er afsluttet.' : 'The pathway has ended.');
  }
  // Copy-on-write: only the parts a step changes are copied; the input snapshot is never mutated.
  const before = snapshot.context;
  const clock = now.toISOString();
  const context: PathwayContext = {
    ...before,
    facts: { ...before.facts, child: { ...before.facts.child } },
    answers: { ...before.answers },
    progress: { ...before.progress },
    clock,
  };
  let machineEvent: Record<string, unknown> & { type: string } = { type: event.type };
  let submission: { data: Record<string, unknown>; computed: Record<string, unknown> } | undefined;

  if (event.type === FORM_SUBMITTED) {
    const { formId, submissionId, data } = event as { formId: unknown; submissionId: unknown; data: unknown };
    const due = getFormsDue(workflow, snapshot).filter((f) => f.formId === formId);
    const form = typeof formId === 'string' ? workflow.forms[formId] : undefined;
    if (due.length === 0 || !form || typeof submissionId !== 'string') {
      return problem(
        'form-not-due',
        language === 'da'
          ? `Skemaet '${String(formId)}' skal ikke udfyldes nu.`
          : `The form '${String(formId)}' is not due now.`,
      );
    }
    const check = checkSubmission(form, data, {
      language,
      params: before.formParams?.[form.definition.id] ?? {},
    });
    if (!check.ok) {
      const detail =
        language === 'da' ? 'Skemaet er ikke udfyldt korrekt.' : 'The form is not filled in correctly.';
      return { ok: false, problem: { kind: 'invalid-data', errors: check.errors, detail } };
    }
    submission = { data: check.data, computed: check.computed };
    context.answers[form.definition.id] = { ...check.data, ...check.computed };
    for (const item of due) {
      const progress = context.progress[item.state] ?? { enteredAt: clock, submitted: {} };
      context.progress[item.state] = {
        ...progress,
        submitted: { ...progress.submitted, [item.formId]: submissionId },
      };
    }
    machineEvent = { type: FORM_SUBMITTED, formId };
  } else if (event.type === CHILD_BORN) {
    const { birthDate } = event as { birthDate?: unknown };
    if (!isIsoDate(birthDate)) {
      const detail =
        language === 'da' ? 'Fødselsdatoen er ikke en gyldig dato.' : 'The birth date is not a valid date.';
      return {
        ok: false,
        problem: {
          kind: 'invalid-data',
          errors: [{ path: 'birthDate', keyword: 'format', message: detail }],
          detail,
        },
      };
    }
    context.facts.child.birthDate = birthDate;
    machineEvent = { type: CHILD_BORN, birthDate };
  } else if (event.type === CONSENTS_CHANGED) {
    // The family's consents as they are now: kept in the facts, so later guards read them too.
    context.facts = { ...context.facts, consents: toConsentFacts(toConsentList(event.consents)) };
    machineEvent = { type: CONSENTS_CHANGED, consents: context.facts.consents };
  } else {
    machineEvent = { ...event };
  }

  const runner = getMachineRunner(workflow.machine);
  const current = runner.resolve(snapshot.value, context);
  if (
    event.type !== FORM_SUBMITTED &&
    event.type !== CHILD_BORN &&
    event.type !== CONSENTS_CHANGED &&
    !current.can(machineEvent)
  ) {
    return problem(
      'not-accepted',
      language === 'da'
        ? `Hændelsen '${event.type}' kan ikke bruges i forløbets nuværende trin.`
        : `The event '${event.type}' is not accepted in the pathway's current step.`,
    );
  }
  const [next, actions] = runner.transition(current, machineEvent);
  const value = next.value as StateValue;
  const nextContext = next.context as PathwayContext;
  const nextSnapshot: PathwaySnapshot = {
    status: next.status === 'done' ? 'done' : 'active',
    value,
    context: nextContext,
  };
  const from = toLeafPaths(snapshot.value);
  const to = toLeafPaths(value);
  const moved = from.join() !== to.join() || nextSnapshot.status !== snapshot.status;
  return {
    ok: true,
    snapshot: nextSnapshot,
    effects: toEffects(actions, toGuardScope(nextContext, machineEvent)),
    due: getDue(workflow, nextSnapshot),
    ...(moved ? { transition: { from, to, event: event.type } } : {}),
    ...(submission ? { submission } : {}),
  };
}

/** `{ gpLetter: true, … }` as the list of consents given. */
function toConsentList(consents: unknown): { purpose: string }[] {
  if (!consents || typeof consents !== 'object') return [];
  return Object.entries(consents as Record<string, unknown>)
    .filter(([, given]) => given === true)
    .map(([purpose]) => ({ purpose }));
}

function problem(kind: 'not-accepted' | 'form-not-due', detail: string): StepResult {
  return { ok: false, problem: { kind, detail } };
}
