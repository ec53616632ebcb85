import { loadLibrary } from '../../runtime';
import { checkMetaSchema } from '../../runtime/definitions/checkMetaSchema';
import type { Scenario } from '../../runtime/simulation/types';
import type { StoredDefinition } from '../storage/types';
import { checkPublishGate } from './checkPublishGate';
import type { DefinitionBundle } from './createDefinitionBundles';

type Known = Pick<StoredDefinition, 'kind' | 'id' | 'version' | 'content'>;

/**
 * Everything wrong with a bundle, as readable lines: each definition against its meta-schema, then the workflow
 * with the bundle's forms (and, for anything else it names, the `context` — the store or the definition files)
 * through the publishing gate: loads, lint without errors, scenarios replay green.
 */
export function checkBundle(bundle: DefinitionBundle, context: Known[]): string[] {
  const label = (d: { kind?: unknown; id?: unknown; version?: unknown }) =>
    `${String(d.kind)} ${String(d.id)}@${String(d.version)}`;
  const meta = [...bundle.forms, bundle.workflow].flatMap((d) =>
    checkMetaSchema(d, label(d)).map((i) => `${i.source} ${i.path}: ${i.message}`),
  );
  if (meta.length > 0) return meta;
  const forms = bundle.forms.flatMap((form) =>
    loadLibrary([{ source: label(form), content: form }]).issues.map(
      (i) => `${i.source} ${i.path}: ${i.message}`,
    ),
  );
  if (forms.length > 0) return forms;
  const own = (d: Known) =>
    bundle.forms.some((f) => d.kind === 'form' && f.id === d.id && f.version === d.version) ||
    (d.kind === 'workflow' && d.id === bundle.workflow.id && d.version === bundle.workflow.version);
  const known: Known[] = [
    ...context.filter((d) => !own(d)),
    ...bundle.forms.map((form) => ({
      kind: 'form' as const,
      id: form.id,
      version: form.version,
      content: form,
    })),
  ];
  return checkPublishGate(known, bundle.workflow, bundle.scenarios as Scenario[]).reasons.map(
    (reason) => `${label(bundle.workflow)}: ${reason}`,
  );
}
