import { useMemo, useRef, useState } from 'react';
import { QueryBuilder, type Field, type FullOption, type ValueEditorType } from 'react-querybuilder';
import 'react-querybuilder/dist/query-builder-layout.css';
import { useFeatureText } from '../../i18n/useFeatureText';
import { RuleJsonEditor } from './RuleJsonEditor';
import { getRuleOperators, isComparable, isUnaryOperator } from './ruleOperators';
import type { BuilderQuery, RuleField, RuleOperator } from './ruleTypes';
import { ruleTexts, type RuleText } from './text';
import { toJsonLogic } from './toJsonLogic';
import { toRuleQuery, withReferencedFields } from './toRuleQuery';
import './ruleBuilder.css';

export type { RuleField } from './ruleTypes';

export interface RuleBuilderProps {
  /** The variables the rule may read (form fields, computed values, answers, parameters). */
  fields: RuleField[];
  /** The rule as JSON Logic, or undefined for no rule. */
  value: unknown;
  /** Called with the new JSON Logic, or undefined when every condition is removed. */
  onChange: (next: unknown) => void;
  /** What the rule is for, e.g. "Vis feltet når"; the group's legend. */
  label: string;
}

let idCounter = 0;
// crypto.randomUUID exists only in secure contexts; ids only need to be unique on the page.
const createId = () => `rq-${++idCounter}`;

/**
 * The visual rule builder (react-querybuilder) over the project's expression language: reads JSON Logic
 * into rules and writes JSON Logic back (`===`, `!==`, `in`, …, see toJsonLogic). Shared by the form
 * builder (visibility, computed fields) and the workflow designer (guards). Rules it cannot show are
 * edited as JSON instead, never dropped.
 */
export function RuleBuilder({ fields, value, onChange, label }: RuleBuilderProps) {
  const text = useFeatureText(ruleTexts);
  const serialized = JSON.stringify(value ?? null);
  const emitted = useRef<string>(serialized);
  const [state, setState] = useState(() => toState(value, fields, serialized));
  const [jsonRequested, setJsonRequested] = useState(false);

  // A value from outside (undo, the JSON view, another field selected) replaces the builder's state.
  let current = state;
  if (serialized !== state.source && serialized !== emitted.current) {
    current = toState(value, fields, serialized);
    emitted.current = serialized;
    setState(current);
  }

  const known = useMemo(
    () => (current.query ? withReferencedFields(fields, current.query) : fields),
    [fields, current.query],
  );
  const props = useMemo(() => toBuilderProps(known, text), [known, text]);

  const emit = (next: unknown) => {
    const nextSerialized = JSON.stringify(next ?? null);
    if (nextSerialized === emitted.current) return;
    emitted.current = nextSerialized;
    onChange(next);
  };

  const onQueryChange = (query: BuilderQuery) => {
    emit(toJsonLogic(query, known));
    setState({ query, source: emitted.current });
  };

  const query = current.query;
  const showJson = query === null || jsonRequested;
  return (
    <fieldset className="rule-builder">
      <legend className="form-label">{label}</legend>
      {showJson ? (
        <RuleJsonEditor
          key={serialized}
          value={value}
          intro={query === null}
          onChange={(next) => {
            emit(next);
            setState(toState(next, fields, JSON.stringify(next ?? null)));
          }}
        />
      ) : (
        <>
          {query.rules.length === 0 ? <p className="form-hint">{text.empty}</p> : null}
          <QueryBuilder {...props} query={query} onQueryChange={onQueryChange} idGenerator={createId} />
        </>
      )}
      <div className="rule-builder-tools">
        {query === null ? (
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => {
              emit(undefined);
              setState(toState(undefined, fields, 'null'));
            }}
          >
            {text.replaceWithVisual}
          </button>
        ) : (
          <button
            type="button"
            className="button button-tertiary"
            aria-pressed={jsonRequested}
            onClick={() => setJsonRequested(!jsonRequested)}
          >
            {text.editAsJson}
          </button>
        )}
      </div>
    </fieldset>
  );
}

function toState(value: unknown, fields: readonly RuleField[], source: string) {
  return { query: toRuleQuery(value, fields), source };
}

function toBuilderProps(fields: readonly RuleField[], text: RuleText) {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const option = (name: string, label: string): FullOption => ({ name, value: name, label });
  const builderFields: Field[] = fields.map((field) => ({
    name: field.name,
    value: field.name,
    label: field.label,
    comparator: (other: Field) => {
      const right = byName.get(other.name);
      return right ? isComparable(field, right) : false;
    },
  }));
  const operatorsFor = (name: string) =>
    getRuleOperators(byName.get(name)).map((operator) => option(operator, text.operators[operator]));
  const choicesFor = (name: string): FullOption[] => {
    const field = byName.get(name);
    if (field?.options) return field.options.map((choice) => option(choice.value, choice.label));
    if (field?.type === 'boolean') return [option('true', text.yes), option('false', text.no)];
    return [];
  };
  return {
    fields: builderFields,
    combinators: [option('and', text.and), option('or', text.or)],
    getOperators: (name: string) => operatorsFor(name),
    getValueEditorType: (name: string, operator: string): ValueEditorType => {
      if (isUnaryOperator(operator)) return null;
      if (choicesFor(name).length === 0) return 'text';
      return operator === 'in' || operator === 'notIn' ? 'multiselect' : 'select';
    },
    getInputType: (name: string) => {
      const type = byName.get(name)?.type;
      if (type === 'number' || type === 'integer') return 'number';
      return type === 'date' ? 'date' : 'text';
    },
    getValues: (name: string) => choicesFor(name),
    getValueSources: (name: string, operator: string) => {
      const field = byName.get(name);
      const comparable = field ? fields.some((other) => isComparable(field, other)) : false;
      const ordering: string[] = ['=', '!=', '<', '<=', '>', '>='] satisfies RuleOperator[];
      return comparable && ordering.includes(operator) && !field?.options
        ? ([option('value', text.sourceValue), option('field', text.sourceField)] as [
            FullOption<'value'>,
            FullOption<'field'>,
          ])
        : ([option('value', text.sourceValue)] as [FullOption<'value'>]);
    },
    translations: {
      fields: { title: text.field },
      operators: { title: text.operator },
      values: { title: text.value },
      value: { title: text.value },
      valueSourceSelector: { title: text.valueSource },
      combinators: { title: text.combinator },
      addRule: { label: `+ ${text.addRule}`, title: text.addRule },
      addGroup: { label: `+ ${text.addGroup}`, title: text.addGroup },
      removeRule: { label: '×', title: text.removeRule },
      removeGroup: { label: '×', title: text.removeGroup },
      notToggle: { label: text.not, title: text.not },
      shiftActionUp: { label: '↑', title: text.moveUp },
      shiftActionDown: { label: '↓', title: text.moveDown },
      cloneRule: { label: '⧉', title: text.cloneRule },
      cloneRuleGroup: { label: '⧉', title: text.cloneGroup },
    },
    accessibleDescriptionGenerator: ({ path }: { path: number[] }) =>
      text.group(path.map((index) => index + 1).join('.') || '1'),
    showNotToggle: true,
    showShiftActions: true,
    listsAsArrays: true,
    resetOnFieldChange: true,
    parseNumbers: 'strict-limited' as const,
  };
}
