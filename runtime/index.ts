// The public surface of the pure runtime: used by the server, the editor and the tests.
export type * from './definitions/types';
export { toText, LANGUAGES, type Language, type LocalizedText } from './i18n/text';
export { createLibrary, loadLibrary, type Library, type DefinitionSource } from './definitions/createLibrary';
export { DefinitionError, formatIssue, type DefinitionIssue } from './definitions/DefinitionError';
export { evaluateExpression, readVariables } from './expressions';
export { compileForm, toFormKey, type CompiledForm } from './forms/compileForm';
export {
  checkSubmission,
  computeFields,
  getHiddenPaths,
  type SubmissionCheck,
} from './forms/checkSubmission';
export { listFieldPaths } from './forms/listFieldPaths';
export { toFieldErrors, type FieldError } from './validation/toFieldErrors';
export { createAjv } from './validation/createAjv';
export { actionRegistry, getAction } from './workflow/actionRegistry';
export { step, type StepOptions } from './workflow/step';
export { startPathway, type StartOptions } from './workflow/startPathway';
export { getFormsDue } from './workflow/getFormsDue';
export {
  toActivePaths,
  toLeafPaths,
  getStateConfig,
  listStates,
  type StateValue,
} from './workflow/statePaths';
export { toFormRefs } from './workflow/toMachine';
export { getDue } from './scheduling/getDue';
export { addOffset, isIsoDate, toIsoDate } from './scheduling/dates';
export * from './workflow/types';
export * from './workflow/consents';
export { checkParams } from './workflow/checkParams';
export { lintWorkflow, type LintIssue } from './definitions/lintWorkflow';
