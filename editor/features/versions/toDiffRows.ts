import type { Language, LocalizedText } from '../../../runtime';
import type {
  ChangeType,
  DefinitionDiff,
  FieldSnapshot,
  StateSnapshot,
  TransitionSnapshot,
} from '../../../runtime/definitions/diff';

/** One row of the side-by-side view: what changed, how it was, how it is. */
export interface DiffRow {
  key: string;
  /** The path the classification names (field path, state path), to mark breaking rows. */
  path: string;
  change: ChangeType;
  what: string;
  before: string;
  after: string;
}

const t = (text: LocalizedText | undefined, language: Language) => (text ? text[language] || text.da : '');

function describeField(field: FieldSnapshot | undefined, language: Language): string {
  if (!field) return '';
  const parts = [field.type];
  if (field.format) parts.push(field.format);
  if (field.required) parts.push(language === 'da' ? 'skal udfyldes' : 'required');
  if (field.options.length > 0)
    parts.push(field.options.map((o) => `${o.code} = ${t(o.title, language)}`).join(', '));
  const limits = Object.entries(field.limits).map(([k, v]) => `${k} ${String(v)}`);
  if (limits.length > 0) parts.push(limits.join(', '));
  if (field.visibility !== undefined)
    parts.push(`${language === 'da' ? 'vises når' : 'shown when'} ${JSON.stringify(field.visibility)}`);
  if (field.expr !== undefined) parts.push(JSON.stringify(field.expr));
  return `${t(field.title, language)} — ${parts.join(' · ')}`;
}

function describeState(
  state: StateSnapshot | undefined,
  language: Language,
  forms: Record<string, LocalizedText>,
): string {
  if (!state) return '';
  const parts = [t(state.title, language)];
  if (state.forms.length > 0) parts.push(state.forms.map((id) => t(forms[id], language) || id).join(', '));
  if (state.due !== undefined) parts.push(describeDue(state.due, language));
  return parts.join(' · ');
}

function describeTransition(transition: TransitionSnapshot | undefined, language: Language): string {
  if (!transition) return '';
  const target = transition.targetTitle ? ` → ${t(transition.targetTitle, language)}` : '';
  const guard = transition.guardText
    ? ` (${language === 'da' ? 'når' : 'when'} ${t(transition.guardText, language)})`
    : '';
  return `${t(transition.sourceTitle, language)}${target}, ${t(transition.eventTitle, language)}${guard}`;
}

const ANCHORS: Record<string, LocalizedText> = {
  'child.birthDate': { da: 'barnets fødselsdato', en: "the child's birth date" },
  'child.dueDate': { da: 'terminsdatoen', en: 'the due date' },
  stateEntry: { da: 'start på trinnet', en: 'the start of the step' },
};
const UNITS: Record<string, LocalizedText> = {
  years: { da: 'år', en: 'years' },
  months: { da: 'mdr.', en: 'months' },
  weeks: { da: 'uger', en: 'weeks' },
  days: { da: 'dage', en: 'days' },
};

/** A due rule in words: "forfald: barnets fødselsdato + 3 mdr." rather than its JSON. */
function describeDue(due: unknown, language: Language): string {
  const rule = due as { anchor?: string; offset?: Record<string, unknown> };
  const anchor = rule.anchor ? t(ANCHORS[rule.anchor], language) || rule.anchor : '';
  const offset = Object.entries(rule.offset ?? {})
    .map(([unit, value]) => {
      const amount =
        typeof value === 'object' && value !== null
          ? String((value as { param?: unknown }).param)
          : String(value);
      return `+ ${amount} ${t(UNITS[unit], language) || unit}`;
    })
    .join(' ');
  return `${language === 'da' ? 'forfald' : 'due'}: ${anchor}${offset ? ` ${offset}` : ''}`;
}

const show = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));

/** The diff as rows for a two-column table, in the language of the UI. */
export function toDiffRows(diff: DefinitionDiff, language: Language): DiffRow[] {
  const rows: DiffRow[] = diff.meta.map((m) => ({
    key: `meta:${m.property}`,
    path: m.property,
    change: 'changed',
    what: m.property,
    before: show(m.before),
    after: show(m.after),
  }));
  if (diff.kind === 'form') {
    for (const field of diff.fields)
      rows.push({
        key: `field:${field.path}`,
        path: field.path,
        change: field.change,
        what: `${t((field.after ?? field.before)?.title, language)} (${field.path})`,
        before: describeField(field.before, language),
        after: describeField(field.after, language),
      });
  } else {
    for (const state of diff.states)
      rows.push({
        key: `state:${state.path}`,
        path: state.path,
        change: state.change,
        what: `${t((state.after ?? state.before)?.title, language)} (${state.path})`,
        before: describeState(state.before, language, diff.formTitles),
        after: describeState(state.after, language, diff.formTitles),
      });
    for (const transition of diff.transitions)
      rows.push({
        key: `transition:${transition.key}`,
        path: transition.key,
        change: transition.change,
        what: language === 'da' ? 'Overgang' : 'Transition',
        before: describeTransition(transition.before, language),
        after: describeTransition(transition.after, language),
      });
    for (const form of diff.forms)
      rows.push({
        key: `form:${form.id}`,
        path: form.id,
        change: form.before === undefined ? 'added' : form.after === undefined ? 'removed' : 'changed',
        what: t(form.title, language),
        before: form.before === undefined ? '' : `v${form.before}`,
        after: form.after === undefined ? '' : `v${form.after}`,
      });
  }
  for (const parameter of diff.parameters)
    rows.push({
      key: `parameter:${parameter.name}`,
      path: `parameters.${parameter.name}`,
      change: parameter.change,
      what: t(parameter.title, language),
      before: parameter.change === 'added' ? '' : show(parameter.before),
      after: parameter.change === 'removed' ? '' : show(parameter.after),
    });
  return rows;
}
