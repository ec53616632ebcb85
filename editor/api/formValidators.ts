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
 * Work in progress (the builder's preview and property panels, the designer's simulation): the server
 * generates the schema's module on request. Keyed by the schema without annotations, so editing a label or
 * switching the language needs no new module.
 */
export const draftFormValidators: FormValidatorSource = (form: FormDefinition) =>
  cached(`draft:${toValidatorKey(form.schema)}`, form, async () => {
    const post = () => request<{ url: string }>('POST', '/api/form-validators', { schema: form.schema });
    const { url } = await post();
    try {
      return await importValidators(url);
    } catch {
      // Another server process, or one that forgot it: generate it again (a new URL; a failed import is final).
      const again = await post();
      return importValidators(`${again.url}?again=${Date.now()}`);
    }
  });
