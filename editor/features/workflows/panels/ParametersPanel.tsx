import { useId, useState, type FormEvent } from 'react';
import type { ParameterDefinition, WorkflowDefinition } from '../../../../runtime';
import type { WorkflowsText } from '../text';
import { CommitField } from './CommitField';
import { Checkbox } from './Checkbox';

type ParamType = 'integer' | 'number' | 'boolean' | 'string';
const NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

interface Props {
  doc: WorkflowDefinition;
  text: WorkflowsText['parameters'];
  onChange: (parameters: Record<string, ParameterDefinition> | undefined) => void;
  disabled: boolean;
}

const typeOf = (p: ParameterDefinition): ParamType => {
  const t = [p.schema.type].flat()[0];
  return t === 'integer' || t === 'number' || t === 'boolean' ? t : 'string';
};

const toValue = (type: ParamType, raw: string): unknown =>
  type === 'boolean' ? raw === 'true' : type === 'string' ? raw : Number(raw);

/** The workflow's parameters (cut-offs, session counts, age bands) as a table. */
export function ParametersPanel({ doc, text, onChange, disabled }: Props) {
  const id = useId();
  const parameters = doc.parameters ?? {};
  const set = (name: string, next: ParameterDefinition | undefined) => {
    const { [name]: _old, ...rest } = parameters;
    const result = next ? { ...parameters, [name]: next } : rest;
    onChange(Object.keys(result).length > 0 ? result : undefined);
  };
  const [name, setName] = useState('');
  const [type, setType] = useState<ParamType>('integer');
  const [error, setError] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!NAME.test(name) || Object.hasOwn(parameters, name)) return setError(text.nameInvalid);
    setError('');
    set(name, {
      title: { da: name, en: name },
      schema: { type },
      default: type === 'boolean' ? false : type === 'string' ? '' : 0,
    });
    setName('');
  };
  return (
    <section className="wf-parameters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="wf-panel-title">
        {text.title}
      </h2>
      <p>{text.intro}</p>
      {Object.keys(parameters).length === 0 ? <p>{text.none}</p> : null}
      <table className="table wf-table">
        <thead>
          <tr>
            <th scope="col">{text.name}</th>
            <th scope="col">{text.titleDa}</th>
            <th scope="col">{text.titleEn}</th>
            <th scope="col">{text.type}</th>
            <th scope="col">{text.default}</th>
            <th scope="col">
              <span className="sr-only">{text.remove('')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(parameters).map(([key, parameter]) => {
            const kind = typeOf(parameter);
            return (
              <tr key={key}>
                <th scope="row">
                  <code>{key}</code>
                </th>
                <td>
                  <CommitField
                    label={`${text.titleDa}: ${key}`}
                    value={parameter.title.da}
                    disabled={disabled}
                    onCommit={(da) => set(key, { ...parameter, title: { ...parameter.title, da } })}
                  />
                </td>
                <td>
                  <CommitField
                    label={`${text.titleEn}: ${key}`}
                    value={parameter.title.en}
                    disabled={disabled}
                    onCommit={(en) => set(key, { ...parameter, title: { ...parameter.title, en } })}
                  />
                </td>
                <td>{text.types[kind]}</td>
                <td>
                  {kind === 'boolean' ? (
                    <Checkbox
                      label={`${text.default}: ${key}`}
                      disabled={disabled}
                      checked={parameter.default === true}
                      onChange={(checked) => set(key, { ...parameter, default: checked })}
                    />
                  ) : parameter.schema.enum ? (
                    <label>
                      <span className="sr-only">{`${text.default}: ${key}`}</span>
                      <select
                        className="form-select"
                        disabled={disabled}
                        value={String(parameter.default)}
                        onChange={(e) => set(key, { ...parameter, default: e.target.value })}
                      >
                        {(parameter.schema.enum as unknown[]).map((v) => (
                          <option key={String(v)} value={String(v)}>
                            {String(v)}
                          </option>
                        ))}
                      </select>
                    </label>
                  ) : (
                    <CommitField
                      label={`${text.default}: ${key}`}
                      type={kind === 'string' ? 'text' : 'number'}
                      value={
                        typeof parameter.default === 'number' || typeof parameter.default === 'string'
                          ? String(parameter.default)
                          : ''
                      }
                      disabled={disabled}
                      onCommit={(raw) => set(key, { ...parameter, default: toValue(kind, raw) })}
                    />
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={disabled}
                    onClick={() => set(key, undefined)}
                  >
                    {text.remove(key)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {disabled ? null : (
        <form className="wf-add-parameter" onSubmit={add} aria-label={text.add}>
          <label className="form-label" htmlFor={`${id}-name`}>
            {text.name}
          </label>
          {error ? (
            <span className="form-error-message" role="alert">
              {error}
            </span>
          ) : null}
          <input
            id={`${id}-name`}
            className="form-input"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <label className="form-label" htmlFor={`${id}-type`}>
            {text.type}
          </label>
          <select
            id={`${id}-type`}
            className="form-select"
            value={type}
            onChange={(e) => setType(e.target.value as ParamType)}
          >
            {(['integer', 'number', 'boolean', 'string'] as const).map((t) => (
              <option key={t} value={t}>
                {text.types[t]}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-secondary">
            {text.add}
          </button>
        </form>
      )}
    </section>
  );
}
