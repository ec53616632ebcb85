import {
  enumOptionsDeselectValue,
  enumOptionsIsSelected,
  enumOptionsSelectValue,
  optionId,
  type RJSFSchema,
  type WidgetProps,
} from '@rjsf/utils';
import type { FormData, FormViewContext } from '../FormViewContext';

/** Several choices of a list (topics, materials): checkboxes in the fieldset FieldTemplate draws around them. */
export function CheckboxesWidget(props: WidgetProps<FormData, RJSFSchema, FormViewContext>) {
  const { id, htmlName, options, disabled, readonly, autofocus, rawErrors, onChange, onBlur, onFocus } =
    props;
  const raw: unknown = props.value;
  const selected: unknown[] = Array.isArray(raw) ? (raw as unknown[]) : [];
  const enumOptions = options.enumOptions ?? [];
  const invalid = rawErrors && rawErrors.length > 0 ? true : undefined;
  return (
    <div id={id} className="form-choices">
      {enumOptions.map((option, index) => {
        const optionValue: unknown = option.value;
        const inputId = optionId(id, index);
        const checked = enumOptionsIsSelected(optionValue, selected);
        return (
          <div className="form-group-checkbox" key={String(optionValue)}>
            <input
              type="checkbox"
              className="form-checkbox"
              id={inputId}
              name={htmlName || id}
              value={String(optionValue)}
              checked={checked}
              disabled={disabled || readonly}
              autoFocus={autofocus && index === 0}
              aria-invalid={invalid}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? enumOptionsSelectValue(index, selected, enumOptions)
                    : enumOptionsDeselectValue(index, selected, enumOptions),
                )
              }
              onBlur={() => onBlur(id, selected)}
              onFocus={() => onFocus(id, selected)}
            />
            <label htmlFor={inputId}>{option.label}</label>
          </div>
        );
      })}
    </div>
  );
}
