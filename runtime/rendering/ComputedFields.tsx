import { useSyncExternalStore } from 'react';
import type { FormDefinition } from '../definitions/types';
import { toText, type Language } from '../i18n/text';
import type { ValueStore } from './createValueStore';
import type { RenderingText } from './renderingText';

interface Props {
  form: FormDefinition;
  values: Record<string, unknown>;
  language: Language;
  text: RenderingText;
}

/** The form's computed fields (a screening total, over the cut-off or not), read-only and updated as data changes. */
export function ComputedFields({ form, values, language, text }: Props) {
  const entries = Object.entries(form.computed ?? {});
  if (entries.length === 0) return null;
  return (
    <section className="computed-fields" aria-labelledby="computed-fields-heading">
      <h2 id="computed-fields-heading" className="h4">
        {text.computedTitle}
      </h2>
      <dl aria-live="polite">
        {entries.map(([id, field]) => {
          const english = language === 'en' ? form.translations?.en?.[`=${id}`]?.title : undefined;
          return (
            <div key={id} className="computed-field">
              <dt>{english ?? toText(field.title, language)}</dt>
              <dd>
                <output>{formatValue(values[id], language, text)}</output>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

/**
 * ComputedFields inside FormView's rjsf Form, its values read from a store FormView keeps. Values handed to
 * the Form's children would change them at each keystroke, and rjsf would recompute the whole form's state;
 * the store stays the same object, and only this component re-renders.
 */
export function LiveComputedFields({ store, ...props }: Omit<Props, 'values'> & { store: ComputedStore }) {
  return <ComputedFields {...props} values={useSyncExternalStore(store.subscribe, store.get)} />;
}

export type ComputedStore = ValueStore<Record<string, unknown>>;

function formatValue(value: unknown, language: Language, text: RenderingText): string {
  if (value === null || value === undefined || value === '') return text.computedEmpty;
  if (typeof value === 'boolean') return value ? text.yes : text.no;
  if (typeof value === 'number') return value.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB');
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
