import { enumOptionsIsSelected, optionId, type RJSFSchema, type WidgetProps } from '@rjsf/utils';
import type { FormData, FormViewContext } from '../FormViewContext';

/**
 * One choice of a few: radio buttons, each with its own label. FieldTemplate wraps them in a fieldset whose
 * legend is the question, and ties the hints and error to that fieldset.
 */
export function RadioWidget(props: WidgetProps<FormData, RJSFSchema, FormViewContext>) {
  const { id, htmlName, options, disabled, readonly, autofocus, rawErrors, onChange, onBlur, onFocus } =
    props;
  const value: unknown = props.value;
  const invalid = rawErrors && rawErrors.length > 0 ? true : undefined;
  return (
    <div id={id} className="form-choices">
      {(options.enumOptions ?? []).map((option, index) => {
        const optionValue: unknown = option.value;
        const inputId = optionId(id, index);
        return (
          <div className="form-group-radio" key={String(optionValue)}>
            <input
              type="radio"
              className="form-radio"
              id={inputId}
              name={htmlName || id}
              value={String(optionValue)}
              checked={enumOptionsIsSelected(optionValue, value)}
              disabled={disabled || readonly}
              autoFocus={autofocus && index === 0}
              aria-invalid={invalid}
              onChange={() => onChange(optionValue)}
              onBlur={() => onBlur(id, value)}
              onFocus={() => onFocus(id, value)}
            />
            <label htmlFor={inputId}>{option.label}</label>
          </div>
        );
      })}
    </div>
  );
}
