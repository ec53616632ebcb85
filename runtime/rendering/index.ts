// The shared React form renderer: the worker's step forms, the builder's preview and simulation use it.
export { FormView, type FormViewProps } from './FormView';
export { SubmissionView, type SubmissionViewProps } from './SubmissionView';
export {
  toAnswerBlocks,
  type Answer,
  type AnswerBlock,
  type AnswerFormat,
  type AnswerSection,
} from './toAnswerBlocks';
export { localizeForm, type LocalizedForm } from './localizeForm';
export { createCheckValidator, type CheckValidatorOptions } from './createCheckValidator';
export { FormValidatorsContext, useFormValidators, type FormValidatorSource } from './FormValidatorsContext';
export { toValidationData } from './toValidationData';
export { toFieldLabel } from './toFieldLabel';
export { toDefinitionPath, toDottedPath, toFieldId } from './toFieldPath';
export { getRenderingText, type RenderingText } from './renderingText';
export type { FormData, FormViewContext } from './FormViewContext';
