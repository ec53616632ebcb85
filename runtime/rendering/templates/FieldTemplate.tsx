import {
  descriptionId,
  errorId,
  getUiOptions,
  helpId,
  type FieldTemplateProps,
  type RJSFSchema,
} from '@rjsf/utils';
import type { ReactNode } from 'react';
import { DescribedByContext, type FormData, type FormViewContext } from '../FormViewContext';
import { GapNotice, toGapId } from '../GapNotice';
import { toDefinitionPath, toDottedPath } from '../toFieldPath';

type Props = FieldTemplateProps<FormData, RJSFSchema, FormViewContext>;

/** Widgets that render several inputs: they are grouped in a fieldset whose legend is the field's label. */
const GROUP_WIDGETS = new Set(['radio', 'checkboxes']);

/**
 * One field: label (or legend), description, help, a "not yet specified" notice, the error and the input,
 * in the order a screen reader user meets them; every text is tied to the input with aria-describedby.
 * Fields whose visibility rule is false are not rendered at all.
 */
export function FieldTemplate(props: Props) {
  const { id, fieldPathId, label, children, errors, help, description, rawDescription, rawHelp, rawErrors } =
    props;
  const { hidden, hideError, required, displayLabel, registry, uiSchema, schema } = props;
  const context = registry.formContext;
  const path = fieldPathId.path;
  const definitionPath = toDefinitionPath(path);
  if (context.hiddenPaths.has(definitionPath) || context.hiddenPaths.has(toDottedPath(path))) return null;
  if (hidden) return <div hidden>{children}</div>;
  if (path.length === 0) return children;

  const hasError = !hideError && (rawErrors?.length ?? 0) > 0;
  if (!displayLabel && (schema.type === 'object' || schema.type === 'array')) {
    // Sections and lists render their own legend and gap notice (ObjectFieldTemplate, ArrayFieldTemplate).
    return (
      <div data-field={definitionPath}>
        {hasError ? errors : null}
        {children}
      </div>
    );
  }
  const gaps = context.gaps.get(definitionPath) ?? [];
  // rjsf names list items "<list title>-<n>"; the error summary's name for them is used instead ("Sprog 2").
  const shownLabel = typeof path[path.length - 1] === 'number' ? context.labelOf(toDottedPath(path)) : label;
  const showDescription = displayLabel === true && Boolean(rawDescription);
  const describedBy = [
    showDescription ? descriptionId(fieldPathId) : '',
    rawHelp ? helpId(fieldPathId) : '',
    gaps.length > 0 ? toGapId(id) : '',
    hasError ? errorId(fieldPathId) : '',
  ]
    .filter(Boolean)
    .join(' ');

  const body = (
    <>
      {showDescription ? description : null}
      {help}
      {gaps.length > 0 ? <GapNotice id={toGapId(id)} texts={gaps} text={context.text} /> : null}
      {hasError ? errors : null}
    </>
  );
  const optional = required ? null : <span className="weight-normal"> {context.text.optional}</span>;
  // A multiple-choice list (an array with a label) is drawn as checkboxes whatever its widget.
  const isGroup = GROUP_WIDGETS.has(String(getUiOptions(uiSchema).widget ?? '')) || schema.type === 'array';
  const className = `form-group${hasError ? ' form-error' : ''}`;

  let content: ReactNode;
  if (displayLabel && isGroup) {
    content = (
      <fieldset aria-describedby={describedBy || undefined}>
        <legend className="form-label">
          {shownLabel}
          {optional}
        </legend>
        {body}
        {children}
      </fieldset>
    );
  } else {
    content = (
      <>
        {displayLabel && shownLabel ? (
          <label className="form-label" htmlFor={id}>
            {shownLabel}
            {optional}
          </label>
        ) : null}
        {body}
        {children}
      </>
    );
  }
  return (
    <div className={className} data-field={definitionPath}>
      <DescribedByContext value={isGroup ? undefined : describedBy || undefined}>
        {content}
      </DescribedByContext>
    </div>
  );
}
