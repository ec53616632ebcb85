import { getInputProps, type BaseInputTemplateProps, type RJSFSchema } from '@rjsf/utils';
import type { ChangeEvent, FocusEvent } from 'react';
import { useDescribedBy, type FormData, type FormViewContext } from '../FormViewContext';
import { useDeferredChange } from './useDeferredChange';

type Props = BaseInputTemplateProps<FormData, RJSFSchema, FormViewContext>;

/** Every `<input>` of the theme: text, date, number. Empty input means "no value", not an empty string. */
export function BaseInputTemplate(props: Props) {
  const {
    id,
    htmlName,
    schema,
    type,
    options,
    disabled,
    readonly,
    required,
    autofocus,
    placeholder,
    rawErrors,
  } = props;
  const { onChange, onBlur, onFocus, onChangeOverride } = props;
  const describedBy = useDescribedBy();
  const inputProps = getInputProps<FormData, RJSFSchema, FormViewContext>(
    schema,
    typeof type === 'string' ? type : undefined,
    options,
  );
  const deferred = useDeferredChange<unknown>(props.value, onChange);
  const value = deferred.value;
  const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const toValue = (raw: string): unknown => (raw === '' ? options.emptyValue : raw);
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => deferred.change(toValue(event.target.value));
  return (
    <input
      id={id}
      name={htmlName || id}
      className={`form-input${inputProps.type === 'date' ? ' input-width-s' : ''}`}
      {...inputProps}
      value={shown}
      required={required}
      disabled={disabled}
      readOnly={readonly}
      autoFocus={autofocus}
      placeholder={placeholder || undefined}
      aria-describedby={describedBy}
      aria-invalid={rawErrors && rawErrors.length > 0 ? true : undefined}
      onChange={onChangeOverride ?? handleChange}
      onKeyDown={(event) => {
        if (event.key === 'Enter') deferred.flush(); // Enter submits the form: it must have the value
      }}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        deferred.flush();
        onBlur(id, event.target.value);
      }}
      onFocus={(event: FocusEvent<HTMLInputElement>) => onFocus(id, event.target.value)}
    />
  );
}
