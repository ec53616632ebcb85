import { getTemplate, getUiOptions, type ArrayFieldItemTemplateProps, type RJSFSchema } from '@rjsf/utils';
import type { FormData, FormViewContext } from '../FormViewContext';

type Props = ArrayFieldItemTemplateProps<FormData, RJSFSchema, FormViewContext>;

/** One entry of a list, with its buttons after it (so the tab order is: fields, then remove). */
export function ArrayFieldItemTemplate(props: Props) {
  const { children, buttonsProps, hasToolbar, registry, uiSchema } = props;
  const Buttons = getTemplate('ArrayFieldItemButtonsTemplate', registry, getUiOptions(uiSchema));
  return (
    <div className="form-list-item">
      {children}
      {hasToolbar ? (
        <div className="form-list-item-buttons">
          <Buttons {...buttonsProps} />
        </div>
      ) : null}
    </div>
  );
}
