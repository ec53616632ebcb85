import { useId, useState } from 'react';
import type { ComputedField, FormDefinition } from '../../../../runtime';
import { TextField } from '../../../app/TextField';
import { useLanguage } from '../../../i18n/LanguageContext';
import { useFeatureText } from '../../../i18n/useFeatureText';
import type { Command } from '../../editing/createCommandStack';
import { RuleBuilder } from '../../rules/RuleBuilder';
import { setComputed, setParameter } from '../model/formEdits';
import { toFormCommand } from '../model/toFormCommand';
import type { FieldEntry } from '../model/toFieldTree';
import { toRuleFields } from '../model/toRuleFields';
import { formsTexts } from '../text';

interface Props {
  doc: FormDefinition;
  tree: FieldEntry[];
  run: (command: Command<FormDefinition>) => void;
}

/** `{"+": [{"var": "data.a"}, …]}`: a sum of fields, edited as a list of checkboxes. */
export function readSum(expr: unknown): string[] | undefined {
  if (!expr || typeof expr !== 'object' || Array.isArray(expr)) return undefined;
  const entries = Object.entries(expr);
  if (entries.length !== 1 || entries[0]![0] !== '+' || !Array.isArray(entries[0]![1])) return undefined;
  const paths: string[] = [];
  for (const item of entries[0]![1] as unknown[]) {
    const variable = (item as { var?: unknown } | null)?.var;
    if (
      typeof variable !== 'string' ||
      !variable.startsWith('data.') ||
      Object.keys(item as object).length !== 1
    )
      return undefined;
    paths.push(variable.slice(5));
  }
  return paths;
}

/**
 * Computed fields (a total, over the cut-off) and the parameters they compare with: a sum is a list of
 * checkboxes, anything else a rule in the visual rule builder (or JSON Logic for what it cannot show).
 */
export function ComputedPanel({ doc, tree, run }: Props) {
  const text = useFeatureText(formsTexts);
  const id = useId();
  const edit = (change: (doc: FormDefinition) => FormDefinition) =>
    run(toFormCommand(text.edits.computed, change));
  const computed = Object.entries(doc.computed ?? {});

  const addSum = () =>
    edit((latest) =>
      setComputed(latest, freeName(latest.computed, 'total'), {
        title: { da: 'Total', en: 'Total' },
        expr: { '+': [] },
        schema: { type: 'integer' },
      }),
    );
  const addCutoff = () =>
    edit((latest) => {
      const total = Object.entries(latest.computed ?? {}).find(([, field]) => readSum(field.expr));
      let next = latest;
      if (!latest.parameters?.cutoff)
        next = setParameter(next, 'cutoff', {
          title: { da: 'Cut-off', en: 'Cut-off' },
          schema: { type: ['integer', 'null'], minimum: 0 },
          default: null,
        });
      const cutoff = { var: 'params.cutoff' };
      const expr = total
        ? { and: [{ '!==': [cutoff, null] }, { '>': [{ var: `computed.${total[0]}` }, cutoff] }] }
        : { '!==': [cutoff, null] };
      return setComputed(next, freeName(next.computed, 'overCutoff'), {
        title: { da: 'Over cut-off', en: 'Over the cut-off' },
        expr,
        schema: { type: 'boolean' },
      });
    });

  return (
    <section className="builder-computed" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.computed}</h2>
      <p>{text.computedIntro}</p>
      {computed.map(([name, field]) => (
        <ComputedEditor key={name} name={name} field={field} doc={doc} tree={tree} edit={edit} />
      ))}
      <div className="builder-buttons">
        <button type="button" className="button button-secondary" onClick={addSum}>
          {text.addComputed}
        </button>
        <button type="button" className="button button-secondary" onClick={addCutoff}>
          {text.addCutoff}
        </button>
      </div>
      <Parameters doc={doc} run={run} />
    </section>
  );
}

function ComputedEditor({
  name,
  field,
  doc,
  tree,
  edit,
}: {
  name: string;
  field: ComputedField;
  doc: FormDefinition;
  tree: FieldEntry[];
  edit: (change: (doc: FormDefinition) => FormDefinition) => void;
}) {
  const text = useFeatureText(formsTexts);
  const { language } = useLanguage();
  const id = useId();
  const sum = readSum(field.expr);
  const update = (change: Partial<ComputedField>) =>
    edit((latest) => {
      const current = latest.computed?.[name];
      return current ? setComputed(latest, name, { ...current, ...change }) : latest;
    });
  const numeric = toRuleFields(doc, tree, language).filter(
    (candidate) =>
      candidate.name.startsWith('data.') &&
      (candidate.type === 'integer' || candidate.type === 'number') &&
      !candidate.options,
  );
  return (
    <div className="builder-computed-field">
      <h3 className="h5">
        {field.title[language] || field.title.da}{' '}
        <span className="canvas-meta">
          ({text.computedId}: {name})
        </span>
      </h3>
      <TextField
        id={`${id}-da`}
        label={text.computedTitle}
        value={field.title.da}
        onChange={(da) => update({ title: { ...field.title, da } })}
      />
      <TextField
        id={`${id}-en`}
        label={text.computedTitleEn}
        value={field.title.en}
        onChange={(en) => update({ title: { ...field.title, en } })}
      />
      {sum ? (
        <fieldset>
          <legend className="form-label">{text.computedSumOf}</legend>
          {numeric.map((candidate) => {
            const path = candidate.name.slice(5);
            const checked = sum.includes(path);
            return (
              <div key={candidate.name} className="form-group-checkbox">
                <input
                  id={`${id}-${path}`}
                  type="checkbox"
                  className="form-checkbox"
                  checked={checked}
                  onChange={() => {
                    const next = checked ? sum.filter((item) => item !== path) : [...sum, path];
                    update({ expr: { '+': next.map((item) => ({ var: `data.${item}` })) } });
                  }}
                />
                <label htmlFor={`${id}-${path}`}>{candidate.label}</label>
              </div>
            );
          })}
        </fieldset>
      ) : (
        <RuleBuilder
          label={text.computedRule}
          fields={toRuleFields(doc, tree, language, { computedBefore: name })}
          value={field.expr}
          onChange={(expr) => update({ expr: expr ?? null })}
        />
      )}
      <button
        type="button"
        className="button button-tertiary"
        onClick={() => edit((latest) => setComputed(latest, name, undefined))}
      >
        {text.removeComputed}: {field.title[language] || field.title.da}
      </button>
    </div>
  );
}

function Parameters({ doc, run }: { doc: FormDefinition; run: (command: Command<FormDefinition>) => void }) {
  const text = useFeatureText(formsTexts);
  const { language } = useLanguage();
  const id = useId();
  const [name, setName] = useState('');
  const edit = (change: (doc: FormDefinition) => FormDefinition) =>
    run(toFormCommand(text.edits.parameter, change));
  return (
    <div className="builder-parameters">
      <h3>{text.parameters}</h3>
      <p>{text.parametersIntro}</p>
      {Object.entries(doc.parameters ?? {}).map(([key, parameter]) => (
        <div key={key} className="builder-parameter">
          <h4 className="h6">
            {parameter.title[language] || parameter.title.da}{' '}
            <span className="canvas-meta">(params.{key})</span>
          </h4>
          <TextField
            id={`${id}-${key}-title`}
            label={text.parameterTitle}
            value={parameter.title.da}
            onChange={(da) =>
              edit((latest) => setParameter(latest, key, { ...parameter, title: { ...parameter.title, da } }))
            }
          />
          <TextField
            id={`${id}-${key}-default`}
            label={text.parameterDefault}
            inputMode="numeric"
            value={
              parameter.default === null || parameter.default === undefined
                ? ''
                : String(parameter.default as number)
            }
            onChange={(value) => {
              const number = value.trim() === '' ? null : Number.parseInt(value, 10);
              if (number !== null && !Number.isFinite(number)) return;
              edit((latest) => setParameter(latest, key, { ...parameter, default: number }));
            }}
          />
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => edit((latest) => setParameter(latest, key, undefined))}
          >
            {text.removeParameter}: {key}
          </button>
        </div>
      ))}
      <div className="builder-key">
        <TextField
          id={`${id}-new`}
          label={text.parameterName}
          value={name}
          onChange={setName}
          autoComplete="off"
        />
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name) || doc.parameters?.[name]) return;
            edit((latest) =>
              setParameter(latest, name, {
                title: { da: name, en: name },
                schema: { type: ['integer', 'null'] },
                default: null,
              }),
            );
            setName('');
          }}
        >
          {text.addParameter}
        </button>
      </div>
    </div>
  );
}

function freeName(record: Record<string, unknown> | undefined, base: string): string {
  if (!record?.[base]) return base;
  let index = 2;
  while (record[`${base}${index}`]) index += 1;
  return `${base}${index}`;
}
