import type { FieldProps, RJSFSchema } from '@rjsf/utils';
import type { FormData, FormViewContext } from '../FormViewContext';

type Props = FieldProps<FormData, RJSFSchema, FormViewContext>;

/**
 * Information text in a form (`ui:field: infoText`): a heading and a text for the person filling it in.
 * It has no input and never changes the data.
 */
export function InfoTextField({ schema, fieldPathId }: Props) {
  return (
    <div className="form-info" id={fieldPathId.$id}>
      {schema.title ? <p className="h5 mb-2">{schema.title}</p> : null}
      {schema.description ? <p className="mt-0">{schema.description}</p> : null}
    </div>
  );
}
