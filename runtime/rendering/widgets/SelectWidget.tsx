import { enumOptionsIndexForValue, type RJSFSchema, type WidgetProps } from '@rjsf/utils';
import { CheckboxesWidget } from './CheckboxesWidget';
import { useDescribedBy, type FormData, type FormViewContext } from '../FormViewContext';

/** One choice of many: a native select, with an empty "Vælg" first so nothing is chosen by accident. */
export function SelectWidget(props: WidgetProps<FormData, RJSFSchema, FormViewContext>) {
  // A multiple-choice list without `ui:widget` comes here too: checkboxes are easier than a multi-select.
  if (props.multiple) return <CheckboxesWidget {...props} />;
  return <SingleSelect {...props} />;
}

function SingleSelect(props: WidgetProps<FormData, RJSFSchema, FormViewContext>) {
  const {
    id,
    htmlName,
    options,
    disabled,
    readonly,
    autofocus,
    rawErrors,
    registry,
    onChange,
    onBlur,
    onFocus,
  } = props;
  const describedBy = useDescribedBy();
  const value: unknown = props.value;
  const enumOptions = options.enumOptions ?? [];
  const selected = enumOptionsIndexForValue(value, enumOptions);
  const toValue = (index: string): unknown =>
    index === '' ? options.emptyValue : enumOptions[Number(index)]?.value;
  return (
    <select
      id={id}
      name={htmlName || id}
      className="form-select"
      value={typeof selected === 'string' ? selected : ''}
      disabled={disabled || readonly}
      autoFocus={autofocus}
      aria-describedby={describedBy}
      aria-invalid={rawErrors && rawErrors.length > 0 ? true : undefined}
      onChange={(event) => onChange(toValue(event.target.value))}
      onBlur={(event) => onBlur(id, toValue(event.target.value))}
      onFocus={(event) => onFocus(id, toValue(event.target.value))}
    >
      <option value="">{registry.formContext.text.choose}</option>
      {enumOptions.map((option, index) => (
        <option key={index} value={String(index)}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
