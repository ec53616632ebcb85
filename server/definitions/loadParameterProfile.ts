import { readFile } from 'node:fs/promises';
import { checkParams, DefinitionError, type DefinitionIssue, type Library } from '../../runtime';

/**
 * A municipality's own values for parameters that differ between municipalities (cut-offs, session counts,
 * windows), without editing any definition: `{ "workflows": { id: { param: value } }, "forms": { id: { … } } }`.
 * Checked against the declared parameters at start; a pathway keeps the values it started with.
 */
export interface ParameterProfile {
  workflows: Record<string, Record<string, unknown>>;
  forms: Record<string, Record<string, unknown>>;
}

export const EMPTY_PROFILE: ParameterProfile = { workflows: {}, forms: {} };

export async function loadParameterProfile(
  path: string | undefined,
  library: Library,
): Promise<ParameterProfile> {
  if (!path) return EMPTY_PROFILE;
  const source = path;
  let content: unknown;
  try {
    content = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new DefinitionError([
      { source, path: '', message: `cannot be read as JSON: ${(error as Error).message}` },
    ]);
  }
  const profile = content as Partial<ParameterProfile>;
  const issues: DefinitionIssue[] = [];
  for (const [id, values] of Object.entries(profile.workflows ?? {})) {
    const workflow = library.listWorkflows().find((w) => w.definition.id === id);
    if (!workflow) issues.push({ source, path: `/workflows/${id}`, message: `no workflow '${id}'` });
    else
      for (const e of checkParams(workflow.definition.parameters, values, 'en'))
        issues.push({ source, path: `/workflows/${id}/${e.path}`, message: e.message });
  }
  for (const [id, values] of Object.entries(profile.forms ?? {})) {
    const form = library.listForms().find((f) => f.definition.id === id);
    if (!form) issues.push({ source, path: `/forms/${id}`, message: `no form '${id}'` });
    else
      for (const e of checkParams(form.definition.parameters, values, 'en'))
        issues.push({ source, path: `/forms/${id}/${e.path}`, message: e.message });
  }
  if (issues.length > 0) throw new DefinitionError(issues);
  return { workflows: profile.workflows ?? {}, forms: profile.forms ?? {} };
}
