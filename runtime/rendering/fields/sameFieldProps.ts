import { deepEquals, type FieldProps, type Registry, type RJSFSchema } from '@rjsf/utils';
import type { FormData, FormViewContext } from '../FormViewContext';

type Props = FieldProps<FormData, RJSFSchema, FormViewContext>;
type FieldRegistry = Registry<FormData, RJSFSchema, FormViewContext>;

/**
 * Whether a field renders the same with `next` as with `previous` (SchemaField.tsx): every prop compared as
 * rjsf compares them (deeply, functions counting as equal), except that a new root schema or validator is no
 * change to a field that reads neither while it renders.
 */
export function sameFieldProps(previous: Props, next: Props): boolean {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]);
  for (const key of keys) {
    if (key === 'registry') continue;
    if (!sameValue(previous[key as keyof Props], next[key as keyof Props])) return false;
  }
  return sameRegistry(previous.registry, next.registry, next.schema);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'function' && typeof b === 'function') return true;
  return deepEquals(a, b);
}

function sameRegistry(previous: FieldRegistry, next: FieldRegistry, schema: RJSFSchema): boolean {
  if (previous === next) return true;
  for (const key of Object.keys(next) as (keyof FieldRegistry)[]) {
    if (key === 'rootSchema' || key === 'schemaUtils') continue;
    if (!sameValue(previous[key], next[key])) return false;
  }
  const sameValidator = previous.schemaUtils.getValidator() === next.schemaUtils.getValidator();
  if (previous.rootSchema === next.rootSchema && sameValidator) return true;
  return !readsBeyondItself(schema);
}

/**
 * Whether rendering the schema resolves something against the root schema or asks the validator: a `$ref`,
 * a condition (`if`, `dependencies`, `allOf`), or a `oneOf`/`anyOf` whose options are schemas rather than the
 * constant choices of a single-choice field.
 */
const resolving = new WeakMap<object, boolean>();
function readsBeyondItself(schema: unknown): boolean {
  if (typeof schema !== 'object' || schema === null) return false;
  const known = resolving.get(schema);
  if (known !== undefined) return known;
  const found = Array.isArray(schema)
    ? schema.some(readsBeyondItself)
    : Object.entries(schema).some(([key, value]) =>
        RESOLVED.has(key) || ((key === 'oneOf' || key === 'anyOf') && !isChoiceList(value))
          ? true
          : readsBeyondItself(value),
      );
  resolving.set(schema, found);
  return found;
}

const RESOLVED = new Set(['$ref', 'if', 'dependencies', 'dependentSchemas', 'dependentRequired', 'allOf']);

function isChoiceList(options: unknown): boolean {
  return (
    Array.isArray(options) &&
    options.every(
      (option: unknown) =>
        typeof option === 'object' &&
        option !== null &&
        'const' in option &&
        Object.keys(option).every((key) => CHOICE_KEYS.has(key)),
    )
  );
}

const CHOICE_KEYS = new Set(['const', 'title', 'description']);
