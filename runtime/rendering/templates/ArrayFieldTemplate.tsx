import {
  buttonId,
  descriptionId,
  getUiOptions,
  titleId,
  type ArrayFieldTemplateProps,
  type RJSFSchema,
} from '@rjsf/utils';
import type { FormData, FormViewContext } from '../FormViewContext';
import { GapNotice, toGapId } from '../GapNotice';
import { toDefinitionPath } from '../toFieldPath';

type Props = ArrayFieldTemplateProps<FormData, RJSFSchema, FormViewContext>;

/** A list of repeated entries (contact attempts, languages): a fieldset with the items and an add button. */
export function ArrayFieldTemplate(props: Props) {
  const {
    fieldPathId,
    title,
    schema,
    uiSchema,
    items,
    canAdd,
    onAddClick,
    disabled,
    readonly,
    required,
    registry,
  } = props;
  const context = registry.formContext;
  const options = getUiOptions(uiSchema);
  const description = typeof options.description === 'string' ? options.description : schema.description;
  const help = typeof options.help === 'string' ? options.help : undefined;
  const gaps = context.gaps.get(toDefinitionPath(fieldPathId.path)) ?? [];
  const gapId = toGapId(fieldPathId.$id);
  const describedBy = [
    description ? descriptionId(fieldPathId) : '',
    help ? `${fieldPathId.$id}__help` : '',
    gaps.length > 0 ? gapId : '',
  ]
    .filter(Boolean)
    .join(' ');
  const { AddButton } = registry.templates.ButtonTemplates;
  return (
    <fieldset
      id={fieldPathId.$id}
      className="form-group form-list"
      aria-describedby={describedBy || undefined}
    >
      <legend id={titleId(fieldPathId)} className="form-label">
        {String(options.title ?? title)}
        {required ? null : <span className="weight-normal"> {context.text.optional}</span>}
      </legend>
      {description ? (
        <p id={descriptionId(fieldPathId)} className="form-hint">
          {description}
        </p>
      ) : null}
      {help ? (
        <p id={`${fieldPathId.$id}__help`} className="form-hint">
          {help}
        </p>
      ) : null}
      {gaps.length > 0 ? <GapNotice id={gapId} texts={gaps} text={context.text} /> : null}
      <div className="form-list-items">{items}</div>
      {canAdd ? (
        <AddButton
          id={buttonId(fieldPathId, 'add')}
          className="form-list-add"
          onClick={onAddClick}
          disabled={disabled || readonly}
          uiSchema={uiSchema}
          registry={registry}
        />
      ) : null}
    </fieldset>
  );
}
