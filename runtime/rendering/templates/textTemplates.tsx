import {
  errorId,
  helpId,
  type DescriptionFieldProps,
  type FieldErrorProps,
  type FieldHelpProps,
  type RJSFSchema,
  type TitleFieldProps,
} from '@rjsf/utils';
import type { FormData, FormViewContext } from '../FormViewContext';

/** The small text parts of a field, with the ids FieldTemplate points aria-describedby at. */

export function DescriptionFieldTemplate({
  id,
  description,
}: DescriptionFieldProps<FormData, RJSFSchema, FormViewContext>) {
  if (!description) return null;
  return (
    <p id={id} className="form-hint">
      {description}
    </p>
  );
}

export function FieldHelpTemplate({
  fieldPathId,
  help,
}: FieldHelpProps<FormData, RJSFSchema, FormViewContext>) {
  if (!help) return null;
  return (
    <p id={helpId(fieldPathId)} className="form-hint">
      {help}
    </p>
  );
}

export function FieldErrorTemplate({
  errors,
  fieldPathId,
  registry,
}: FieldErrorProps<FormData, RJSFSchema, FormViewContext>) {
  const messages = (errors ?? []).filter(Boolean);
  if (messages.length === 0) return null;
  return (
    <p id={errorId(fieldPathId)} className="form-error-message">
      <span className="sr-only">{registry.formContext.text.errorPrefix} </span>
      {messages.map((message, index) => (
        <span key={index}>
          {index > 0 ? ' ' : null}
          {message}
        </span>
      ))}
    </p>
  );
}

export function TitleFieldTemplate({ id, title }: TitleFieldProps<FormData, RJSFSchema, FormViewContext>) {
  return (
    <legend id={id} className="h3">
      {title}
    </legend>
  );
}
