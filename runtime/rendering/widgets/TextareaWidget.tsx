import type { RJSFSchema, WidgetProps } from '@rjsf/utils';
import { useDescribedBy, type FormData, type FormViewContext } from '../FormViewContext';
import { useDeferredChange } from './useDeferredChange';

/** Free text (notes, agreements): a textarea tall enough to write a few sentences on a tablet. */
export function TextareaWidget(props: WidgetProps<FormData, RJSFSchema, FormViewContext>) {
  const {
    id,
    htmlName,
    options,
    disabled,
    readonly,
    required,
    autofocus,
    placeholder,
    rawErrors,
    onChange,
    onBlur,
    onFocus,
  } = props;
  const describedBy = useDescribedBy();
  const deferred = useDeferredChange<unknown>(props.value, onChange);
  const value = deferred.value;
  const rows = typeof options.rows === 'number' ? options.rows : 5;
  return (
    <textarea
      id={id}
      name={htmlName || id}
      className="form-input"
      rows={rows}
      value={typeof value === 'string' ? value : ''}
      required={required}
      disabled={disabled}
      readOnly={readonly}
      autoFocus={autofocus}
      placeholder={placeholder || undefined}
      aria-describedby={describedBy}
      aria-invalid={rawErrors && rawErrors.length > 0 ? true : undefined}
      onChange={(event) =>
        deferred.change(event.target.value === '' ? options.emptyValue : event.target.value)
      }
      onBlur={(event) => {
        deferred.flush();
        onBlur(id, event.target.value);
      }}
      onFocus={(event) => onFocus(id, event.target.value)}
    />
  );
}
