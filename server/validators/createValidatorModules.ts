import { createHash } from 'node:crypto';
import type { JsonSchema } from '../../runtime';
import { stripAnnotations, toStableJson } from '../../runtime/forms/toValidatorKey';
import { toValidatorModule } from './toValidatorModule';

export interface ValidatorModule {
  code: string;
  etag: string;
}

/**
 * Generated validator modules, kept in memory: generating one takes a few milliseconds to tens of
 * milliseconds, and a form's module is asked for by every worker who opens it. Two kinds of entry:
 * published form versions (immutable, by `id@version`) and schemas an editor is working on (by the
 * SHA-256 of the schema without annotations, so editing a label needs no new module). Both are bounded;
 * the oldest entry goes first.
 */
export function createValidatorModules(limit = 500) {
  const published = new Map<string, ValidatorModule>();
  const bySchema = new Map<string, ValidatorModule>();

  function remember(map: Map<string, ValidatorModule>, key: string, module: ValidatorModule): void {
    map.delete(key);
    map.set(key, module);
    if (map.size > limit) map.delete(map.keys().next().value as string);
  }

  return {
    /** The module of a published form version; `schema` is read only when it is not generated yet. */
    forPublished(id: string, version: number, schema: JsonSchema): ValidatorModule {
      const key = `${id}@${version}`;
      const found = published.get(key);
      if (found) return found;
      const code = toValidatorModule(schema);
      const module = { code, etag: `"${sha256(code)}"` };
      remember(published, key, module);
      return module;
    },
    /** Generates (or finds) the module of a schema an editor works on; returns its key. */
    addSchema(schema: JsonSchema): string {
      const key = toSchemaKey(schema);
      const found = bySchema.get(key);
      if (found) remember(bySchema, key, found);
      else remember(bySchema, key, { code: toValidatorModule(schema), etag: `"${key}"` });
      return key;
    },
    bySchemaKey(key: string): ValidatorModule | undefined {
      return bySchema.get(key);
    },
  };
}

export type ValidatorModules = ReturnType<typeof createValidatorModules>;

export function toSchemaKey(schema: JsonSchema): string {
  return sha256(toStableJson(stripAnnotations(schema)));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
