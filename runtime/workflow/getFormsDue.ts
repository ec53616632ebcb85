import { getStateConfig, toActivePaths } from './statePaths';
import type { CompiledWorkflow, FormDue, PathwaySnapshot } from './types';

/** The forms the active steps ask for that are not yet filled in there, in the pathway's order. */
export function getFormsDue(workflow: CompiledWorkflow, snapshot: PathwaySnapshot): FormDue[] {
  if (snapshot.status !== 'active') return [];
  const due: FormDue[] = [];
  for (const path of toActivePaths(snapshot.value)) {
    const refs = workflow.stateForms[path];
    if (!refs) continue;
    const submitted = snapshot.context.progress[path]?.submitted ?? {};
    const stateTitle = getStateConfig(workflow.definition.machine, path)?.meta?.title ?? {
      da: path,
      en: path,
    };
    for (const ref of refs) {
      if (Object.hasOwn(submitted, ref.id)) continue;
      const form = workflow.forms[ref.id];
      if (!form) continue;
      due.push({
        state: path,
        stateTitle,
        formId: ref.id,
        version: form.definition.version,
        ...(ref.timing ? { timing: ref.timing } : {}),
        optional: ref.optional ?? false,
      });
    }
  }
  return due;
}
