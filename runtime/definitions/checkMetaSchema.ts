import type { ErrorObject, ValidateFunction } from 'ajv';
import commonSchema from '../../definitions/schemas/common.schema.json';
import formSchema from '../../definitions/schemas/form.schema.json';
import workflowSchema from '../../definitions/schemas/workflow.schema.json';
import { createAjv } from '../validation/createAjv';
import { checkDefinitionLimits } from './checkDefinitionLimits';
import { checkDefinitionSafety } from './checkDefinitionSafety';
import type { DefinitionIssue } from './DefinitionError';
import type { FormDefinition, WorkflowDefinition } from './types';
import { describeSchemaError as describe } from './describeSchemaError';

let validators: { form: ValidateFunction; workflow: ValidateFunction } | undefined;

function getValidators(): { form: ValidateFunction; workflow: ValidateFunction } {
  if (!validators) {
    const ajv = createAjv();
    ajv.addSchema(commonSchema);
    validators = { form: ajv.compile(formSchema), workflow: ajv.compile(workflowSchema) };
  }
  return validators;
}

/** Checks a definition against its meta-schema (`definitions/schemas/`), before anything else reads it. */
export function checkMetaSchema(content: unknown, source: string): DefinitionIssue[] {
  const kind = (content as { kind?: unknown } | null)?.kind;
  if (kind !== 'form' && kind !== 'workflow') {
    return [
      { source, path: '/kind', message: `must be "form" or "workflow", found ${JSON.stringify(kind)}` },
    ];
  }
  // Size, depth and prototype keys first: the meta-schema must not walk a hostile document.
  const limitIssues = checkDefinitionLimits(content, source);
  if (limitIssues.length > 0) return limitIssues;
  const validate = getValidators()[kind];
  if (validate(content)) return checkDefinitionSafety(content as FormDefinition | WorkflowDefinition, source);
  return simplify(validate.errors ?? []).map((error) => ({
    source,
    path: error.instancePath || '/',
    message: describe(error),
  }));
}

/** Keeps the deepest, most specific errors: a failed `oneOf` branch says less than the error inside it. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const chosen = specific.length > 0 ? specific : errors;
  const seen = new Set<string>();
  return chosen.filter((e) => {
    const key = `${e.instancePath} ${describe(e)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
