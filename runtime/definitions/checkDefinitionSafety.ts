import { listFieldPaths } from '../forms/listFieldPaths';
import { listStates } from '../workflow/statePaths';
import type { DefinitionIssue } from './DefinitionError';
import { DEFINITION_LIMITS } from './definitionLimits';
import { createAjv } from '../validation/createAjv';
import { checkSchemaSafety } from './checkSchemaSafety';
import type { FormDefinition, ParameterDefinition, WorkflowDefinition } from './types';

/**
 * The hardening checks on a definition that passed its meta-schema: every JSON Schema in it is safe
 * (checkSchemaSafety), and it stays within the field, state and transition caps.
 */
export function checkDefinitionSafety(
  definition: FormDefinition | WorkflowDefinition,
  source: string,
): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  /** A safe schema must also compile: the loader validates defaults and params with it later. */
  const checkSchema = (schema: unknown, at: string) => {
    const found = checkSchemaSafety(schema, at, source);
    const problem = found.length === 0 ? findCompileProblem(schema) : undefined;
    issues.push(
      ...found,
      ...(problem ? [{ source, path: at, message: `is not a valid schema: ${problem}` }] : []),
    );
  };
  const checkParameters = (parameters: Record<string, ParameterDefinition> | undefined) => {
    for (const [name, parameter] of Object.entries(parameters ?? {}))
      checkSchema(parameter.schema, `/parameters/${name}/schema`);
  };
  checkParameters(definition.parameters);
  if (definition.kind === 'form') {
    const schemaIssues = checkSchemaSafety(definition.schema, '/schema', source);
    issues.push(...schemaIssues);
    for (const [name, computed] of Object.entries(definition.computed ?? {}))
      if (computed.schema) checkSchema(computed.schema, `/computed/${name}/schema`);
    if (schemaIssues.length === 0) {
      const fields = listFieldPaths(definition.schema).length;
      if (fields > DEFINITION_LIMITS.maxFields)
        issues.push({
          source,
          path: '/schema',
          message: `declares ${fields} fields; a form may have at most ${DEFINITION_LIMITS.maxFields}`,
        });
    }
    return issues;
  }
  for (const [name, event] of Object.entries(definition.events ?? {}))
    if (event.schema) checkSchema(event.schema, `/events/${name}/schema`);
  const states = listStates(definition.machine);
  if (states.length > DEFINITION_LIMITS.maxStates)
    issues.push({
      source,
      path: '/machine',
      message: `has ${states.length} states; a workflow may have at most ${DEFINITION_LIMITS.maxStates}`,
    });
  const count = (t: unknown) => (t === undefined ? 0 : Array.isArray(t) ? t.length : 1);
  const transitions = [definition.machine, ...states.map((s) => s.state)].reduce(
    (sum, state) =>
      sum +
      Object.values(state.on ?? {}).reduce((n: number, t) => n + count(t), 0) +
      count((state as { always?: unknown }).always) +
      count((state as { onDone?: unknown }).onDone),
    0,
  );
  if (transitions > DEFINITION_LIMITS.maxTransitions)
    issues.push({
      source,
      path: '/machine',
      message: `has ${transitions} transitions; a workflow may have at most ${DEFINITION_LIMITS.maxTransitions}`,
    });
  return issues;
}

let ajv: ReturnType<typeof createAjv> | undefined;

/** Why a schema does not compile (ajv's own words), or undefined when it does. */
function findCompileProblem(schema: unknown): string | undefined {
  ajv ??= createAjv();
  try {
    ajv.compile(schema as object);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    ajv.removeSchema(schema as object);
  }
}
