import { descriptionId, titleId, type ObjectFieldTemplateProps, type RJSFSchema } from '@rjsf/utils';
import type { FormData, FormViewContext } from '../FormViewContext';
import { GapNotice, toGapId } from '../GapNotice';
import { GapSummary } from '../GapSummary';
import { toDefinitionPath } from '../toFieldPath';

type Props = ObjectFieldTemplateProps<FormData, RJSFSchema, FormViewContext>;

/** The form itself (no wrapper) or a section: a fieldset with its title as legend and its gap notice. */
export function ObjectFieldTemplate(props: Props) {
  const { fieldPathId, title, description, properties, registry } = props;
  if (fieldPathId.path.length === 0) {
    const { pageNames } = registry.formContext;
    const content = properties
      .filter((property) => !pageNames || pageNames.has(property.name))
      .map((property) => property.content);
    // The gap notice opens the form, after rjsf's error summary (which must come first when there are errors).
    return (
      <div className="form-fields">
        <GapSummary gaps={registry.formContext.gapItems} text={registry.formContext.text} />
        {content}
      </div>
    );
  }

  const content = properties.map((property) => property.content);
  const gaps = registry.formContext.gaps.get(toDefinitionPath(fieldPathId.path)) ?? [];
  const gapId = toGapId(fieldPathId.$id);
  const describedBy = [description ? descriptionId(fieldPathId) : '', gaps.length > 0 ? gapId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset id={fieldPathId.$id} className="form-section" aria-describedby={describedBy || undefined}>
      {title ? (
        <legend id={titleId(fieldPathId)} className="h3">
          {title}
        </legend>
      ) : null}
      {description ? (
        <p id={descriptionId(fieldPathId)} className="form-hint">
          {description}
        </p>
      ) : null}
      {gaps.length > 0 ? <GapNotice id={gapId} texts={gaps} text={registry.formContext.text} /> : null}
      {content}
    </fieldset>
  );
}
