import type { Library } from '../../runtime';
import type { StoredDefinition } from '../storage/types';

/**
 * The library the server offers: every stored version can be looked up (running pathways and old submissions
 * need theirs), but the lists name the highest version of each definition that is not retired, so retired
 * versions are not offered for new pathways.
 */
export function toLiveLibrary(base: Library, stored: StoredDefinition[]): Library {
  const offered = (kind: StoredDefinition['kind']) => {
    const best = new Map<string, number>();
    for (const d of stored) {
      if (d.kind !== kind || d.retiredAt) continue;
      if ((best.get(d.id) ?? 0) < d.version) best.set(d.id, d.version);
    }
    return [...best.entries()].sort(([a], [b]) => a.localeCompare(b));
  };
  const workflows = offered('workflow').flatMap(([id, version]) => base.getWorkflow(id, version) ?? []);
  const forms = offered('form').flatMap(([id, version]) => base.getForm(id, version) ?? []);
  return {
    getForm: (id, version) => base.getForm(id, version),
    getWorkflow: (id, version) => base.getWorkflow(id, version),
    listWorkflows: () => workflows,
    listForms: () => forms,
  };
}
