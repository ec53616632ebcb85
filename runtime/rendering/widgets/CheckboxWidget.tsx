import type { RJSFSchema, WidgetProps } from '@rjsf/utils';
import { useDescribedBy, type FormData, type FormViewContext } from '../FormViewContext';

/** A single yes/no tick box; its label is the field's title (FieldTemplate shows no separate label). */
export function CheckboxWidget(props: WidgetProps<FormData, RJSFSchema, FormViewContext>) {
  const { id, htmlName, label, schema, disabled, readonly, autofocus, rawErrors, required, registry } = props;
  const { onChange, onBlur, onFocus } = props;
  const describedBy = useDescribedBy();
  const value: unknown = props.value;
  const description = typeof schema.description === 'string' ? schema.description : undefined;
  const descriptionId = `${id}__checkbox-description`;
  return (
    <div className="form-group-checkbox">
      <input
        type="checkbox"
        className="form-checkbox"
        id={id}
        name={htmlName || id}
        checked={value === true}
        disabled={disabled || readonly}
        autoFocus={autofocus}
        aria-describedby={
          [description ? descriptionId : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined
        }
        aria-invalid={rawErrors && rawErrors.length > 0 ? true : undefined}
        onChange={(event) => onChange(event.target.checked)}
        onBlur={(event) => onBlur(id, event.target.checked)}
        onFocus={(event) => onFocus(id, event.target.checked)}
      />
      <label htmlFor={id}>
        {label}
        {required ? null : <span className="weight-normal"> {registry.formContext.text.optional}</span>}
      </label>
      {description ? (
        <p id={descriptionId} className="form-hint">
          {description}
        </p>
      ) : null}
    </div>
  );
}
