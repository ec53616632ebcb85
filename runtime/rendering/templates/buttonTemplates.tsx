import {
  TranslatableString,
  type ArrayFieldItemButtonsTemplateProps,
  type IconButtonProps,
  type RJSFSchema,
} from '@rjsf/utils';
import type { FormData, FormViewContext } from '../FormViewContext';

type ButtonProps = IconButtonProps<FormData, RJSFSchema, FormViewContext>;

/** rjsf's icon buttons rely on glyph fonts and a title; ours say what they do in words. */
function textButton(label: TranslatableString, variant: 'secondary' | 'tertiary') {
  function TextButton(props: ButtonProps) {
    const { registry, uiSchema: _ui, iconType: _type, icon: _icon, className, ...rest } = props;
    return (
      <button type="button" {...rest} className={`button button-${variant} ${className ?? ''}`.trim()}>
        {registry.translateString(label)}
      </button>
    );
  }
  return TextButton;
}

export const buttonTemplates = {
  AddButton: textButton(TranslatableString.AddItemButton, 'secondary'),
  RemoveButton: textButton(TranslatableString.RemoveButton, 'tertiary'),
  CopyButton: textButton(TranslatableString.CopyButton, 'tertiary'),
  MoveUpButton: textButton(TranslatableString.MoveUpButton, 'tertiary'),
  MoveDownButton: textButton(TranslatableString.MoveDownButton, 'tertiary'),
  ClearButton: textButton(TranslatableString.ClearButton, 'tertiary'),
};

/** Lists are neither ordered nor copied in our forms (see FormView's global options), so only "remove" is left. */
export function ArrayFieldItemButtonsTemplate(
  props: ArrayFieldItemButtonsTemplateProps<FormData, RJSFSchema, FormViewContext>,
) {
  const { hasRemove, onRemoveItem, disabled, readonly, index, fieldPathId, registry } = props;
  if (!hasRemove) return null;
  const { text } = registry.formContext;
  return (
    <button
      type="button"
      id={`${fieldPathId.$id}__remove`}
      className="button button-tertiary"
      onClick={onRemoveItem}
      disabled={disabled || readonly}
    >
      {text.remove}
      <span className="sr-only"> {text.item(index + 1)}</span>
    </button>
  );
}
