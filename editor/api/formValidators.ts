import type { FormDefinition } from '../../runtime';
import type { FormValidators } from '../../runtime/forms/FormValidators';
import { toValidatorKey } from '../../runtime/forms/toValidatorKey';
import type { FormValidatorSource } from '../../runtime/rendering/FormValidatorsContext';
import { request } from './client';

/**
 * Form validators for FormView, imported as ES modules the server generated: the CSP allows scripts from
 * 'self' only, without 'unsafe-eval', so nothing is compiled in the browser. A loaded form's validators are
 * answered synchronously from then on.
 */
const loaded = new Map<string, FormValidators | Promise<FormValidators>>();

function cached(
  key: string,
  form: FormDefinition,
  load: () => Promise<FormValidators>,
): FormValidators | Promise<FormValidators> {
  const found = loaded.get(key);
  if (found) return found;
  const pending = Promise.all([load(), import('../../runtime/forms/precompiledValidators')]).then(
    ([validators, { addPrecompiledValidators }]) => {
      loaded.set(key, validators);
      // A simulation in the designer validates through compileForm: it finds these instead of compiling.
      addPrecompiledValidators(form.schema, validators);
      return validators;
    },
    (error: unknown) => {
      loaded.delete(key);
      throw error;
    },
  );
  loaded.set(key, pending);
  return pending;
}

async function importValidators(url: string): Promise<FormValidators> {
  // Loaded with the module, so the worker's first screen does not carry ajv's helpers.
  const [{ toFormValidators }, { validatorRequire }, module] = await Promise.all([
    import('../../runtime/forms/FormValidators'),
    import('../../runtime/validation/validatorRequire'),
    import(/* @vite-ignore */ url) as Promise<{ default: (require: (name: string) => unknown) => unknown }>,
  ]);
  return toFormValidators(module.default(validatorRequire) as Record<string, unknown>);
}

/** A published form version: one immutable module per version, cached by the browser. */
export const publishedFormValidators: FormValidatorSource = (form: FormDefinition) => {
  const url = `/api/forms/${encodeURIComponent(form.id)}/versions/${form.version}/validator.js`;
  return cached(url, form, () => importValidators(url));
};

/**
 * Validators for work in progress, one module per schema without annotations (editing a label or switching
 * the language needs no new module): `toModuleUrl` has the schema's module generated and says where it is.
 */
export function createDraftValidatorSource(
  toModuleUrl: (schema: FormDefinition['schema']) => Promise<string>,
): FormValidatorSource {
  return (form: FormDefinition) =>
    cached(`draft:${toValidatorKey(form.schema)}`, form, async () => {
      const url = await toModuleUrl(form.schema);
      try {
        return await importValidators(url);
      } catch {
        // Another server process, or one that forgot it: generate it again (a new URL; a failed import is final).
        return importValidators(`${await toModuleUrl(form.schema)}?again=${Date.now()}`);
      }
    });
}

/** The builder's preview and property panels, the designer's simulation: the server generates the module. */
export const draftFormValidators = createDraftValidatorSource(
  async (schema) => (await request<{ url: string }>('POST', '/api/form-validators', { schema })).url,
);
