import { getDefaultRegistry } from '@rjsf/core';
import type { FieldProps, RJSFSchema } from '@rjsf/utils';
import { memo, type ComponentType } from 'react';
import type { FormData, FormViewContext } from '../FormViewContext';
import { sameFieldProps } from './sameFieldProps';

type Props = FieldProps<FormData, RJSFSchema, FormViewContext>;

const RjsfSchemaField = getDefaultRegistry<FormData, RJSFSchema, FormViewContext>().fields
  .SchemaField as ComponentType<Props>;

/**
 * rjsf's SchemaField, skipped when nothing it renders from has changed. rjsf's own check compares the whole
 * registry, which holds the root schema and the validator: one field added in the form builder made every
 * field of the preview render again, twice (once for the schema, once for its validators; 300 fields: most of
 * an edit's time). A field whose schema has no `$ref` and no condition reads neither the root schema nor the
 * validator while it renders, so for it a change of those is no change. Everything else is compared as rjsf
 * does: deeply, functions counting as equal. FormView sets rjsf's own check to 'always': this one decides.
 */
export const SchemaField = memo(RjsfSchemaField, sameFieldProps) as ComponentType<Props>;
