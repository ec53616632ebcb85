// The public surface of the definition diff: pure comparisons of two versions of a form or a workflow.
export type * from './types';
export { diffForm } from './diffForm';
export { diffWorkflow } from './diffWorkflow';
export { classifyChange } from './classifyChange';
export { toReleaseNotes } from './toReleaseNotes';
export { describeGuard } from './describeGuard';
