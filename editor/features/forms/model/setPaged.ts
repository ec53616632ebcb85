import type { FormDefinition } from '../../../../runtime';

/** Whether the form is shown a section at a time (`"ui:options": { "pages": true }`, read by the renderer). */
export function isPaged(doc: FormDefinition): boolean {
  return (doc.uiSchema?.['ui:options'] as { pages?: unknown } | undefined)?.pages === true;
}

/** Turns paging on or off, keeping any other `ui:options` of the form. */
export function setPaged(doc: FormDefinition, paged: boolean): FormDefinition {
  const uiSchema = { ...(doc.uiSchema ?? {}) };
  const { pages: _pages, ...options } = (uiSchema['ui:options'] ?? {}) as Record<string, unknown>;
  if (paged) uiSchema['ui:options'] = { ...options, pages: true };
  else if (Object.keys(options).length > 0) uiSchema['ui:options'] = options;
  else delete uiSchema['ui:options'];
  return { ...doc, uiSchema };
}
