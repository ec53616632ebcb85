import { deepEquals } from '@rjsf/utils';
import { useMemo, useState } from 'react';
import type { FormDefinition, Language } from '../../../runtime';
import {
  getRenderingText,
  localizeForm,
  toAnswerBlocks,
  toFieldLabel,
  type AnswerBlock,
  type FormData,
} from '../../../runtime/rendering';
import { useFeatureText } from '../../i18n/useFeatureText';
import { workTexts } from './text';

interface Props {
  form: FormDefinition;
  language: Language;
  mine: FormData;
  theirs: FormData;
  /** Who changed it and when, in words. */
  intro: string;
  applyLabel: string;
  onApply: (merged: FormData) => void;
  /** Extra actions (e.g. keep the submitted one and leave). */
  children?: React.ReactNode;
}

type Side = 'mine' | 'theirs';

/**
 * Both versions of a form side by side, one fieldset per field that differs (labels from the form), with a
 * choice per field or for all at once. Nothing is merged until the worker presses apply.
 */
export function ConflictView({ form, language, mine, theirs, intro, applyLabel, onApply, children }: Props) {
  const text = useFeatureText(workTexts).conflict;
  const fields = useMemo(
    () => toDifferingFields(form, language, mine, theirs),
    [form, language, mine, theirs],
  );
  const [choice, setChoice] = useState<Record<string, Side>>({});
  const chosen = (name: string): Side => choice[name] ?? 'mine';
  const chooseAll = (side: Side) => setChoice(Object.fromEntries(fields.map((f) => [f.name, side])));
  const apply = () => {
    const merged: FormData = { ...mine };
    for (const field of fields) {
      const value = chosen(field.name) === 'mine' ? mine[field.name] : theirs[field.name];
      if (value === undefined) delete merged[field.name];
      else merged[field.name] = value;
    }
    onApply(merged);
  };

  return (
    <section className="conflict-view alert alert-warning" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" className="alert-heading">
        {text.title}
      </h2>
      <p className="alert-text">{intro}</p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => chooseAll('mine')}>
          {text.allMine}
        </button>
        <button type="button" className="button button-secondary" onClick={() => chooseAll('theirs')}>
          {text.allTheirs}
        </button>
      </div>
      {fields.map((field, index) => (
        <fieldset key={field.name} className="conflict-field">
          <legend className="conflict-field-label">{field.label}</legend>
          <div className="conflict-choices">
            {(['mine', 'theirs'] as const).map((side) => {
              const id = `conflict-${index}-${side}`;
              return (
                <div key={side} className={`conflict-choice conflict-choice-${side} form-group-radio`}>
                  <input
                    type="radio"
                    className="form-radio"
                    id={id}
                    name={`conflict-${index}`}
                    checked={chosen(field.name) === side}
                    onChange={() => setChoice((c) => ({ ...c, [field.name]: side }))}
                  />
                  <label htmlFor={id}>
                    <strong>{side === 'mine' ? text.mine : text.theirs}:</strong>{' '}
                    <span className="conflict-value">{field[side] || text.empty}</span>
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={apply}>
          {applyLabel}
        </button>
        {children}
      </div>
    </section>
  );
}

interface DifferingField {
  name: string;
  label: string;
  mine: string;
  theirs: string;
}

/** The form's top-level fields whose values differ, in the form's order, with both values in words. */
function toDifferingFields(
  form: FormDefinition,
  language: Language,
  mine: FormData,
  theirs: FormData,
): DifferingField[] {
  const localized = localizeForm(form, language);
  const text = getRenderingText(language);
  const locale = language === 'da' ? 'da-DK' : 'en-GB';
  const format = {
    yes: text.yes,
    no: text.no,
    item: text.item,
    number: (value: number) => value.toLocaleString(locale),
    date: (iso: string) => iso,
  };
  const inWords = (name: string, data: FormData) =>
    toWords(toAnswerBlocks(localized.schema, localized.uiSchema, { [name]: data[name] }, format));
  const order = Object.keys(localized.schema.properties ?? {});
  const names = [...new Set([...order, ...Object.keys(mine), ...Object.keys(theirs)])];
  return names
    .filter((name) => !deepEquals(mine[name], theirs[name]))
    .map((name) => ({
      name,
      label: toFieldLabel(localized.schema, name),
      mine: inWords(name, mine),
      theirs: inWords(name, theirs),
    }));
}

function toWords(blocks: AnswerBlock[]): string {
  return blocks
    .map((block) =>
      block.kind === 'answer' ? block.values.join(', ') : `${block.title}: ${toWords(block.blocks)}`,
    )
    .join('; ');
}
