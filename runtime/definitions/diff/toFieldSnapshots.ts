import type { FormDefinition, JsonSchema, LocalizedText } from '../types';
import type { ChoiceOption, FieldSnapshot } from './types';

const LIMIT_KEYWORDS = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
] as const;

/** Every field of a form (same paths as listFieldPaths) and every computed field (`=id`), as the diff sees them. */
export function toFieldSnapshots(form: FormDefinition): FieldSnapshot[] {
  const english = form.translations?.en ?? {};
  const snapshots: FieldSnapshot[] = [];
  const walk = (schema: JsonSchema, prefix: string) => {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((schema.required ?? []) as string[]);
    for (const [name, child] of Object.entries(properties)) {
      const path = prefix ? `${prefix}.${name}` : name;
      const daTitle = typeof child.title === 'string' ? child.title : name;
      const translation = english[path];
      snapshots.push({
        path,
        title: { da: daTitle, en: translation?.title ?? daTitle },
        type: toTypeName(child),
        ...(typeof child.format === 'string' ? { format: child.format } : {}),
        options: toOptions(child, translation?.options ?? {}),
        required: required.has(name),
        limits: Object.fromEntries(
          LIMIT_KEYWORDS.filter((keyword) => keyword in child).map((keyword) => [keyword, child[keyword]]),
        ),
        ...(form.visibility?.[path] !== undefined ? { visibility: form.visibility[path] } : {}),
        hasDefault: 'default' in child,
      });
      if (child.type === 'object') walk(child, path);
      const items = child.items as JsonSchema | undefined;
      if (child.type === 'array' && items?.type === 'object') walk(items, `${path}[]`);
    }
  };
  walk(form.schema, '');
  for (const [id, computed] of Object.entries(form.computed ?? {}))
    snapshots.push({
      path: `=${id}`,
      title: computed.title,
      type: 'computed',
      options: [],
      required: false,
      limits: {},
      expr: computed.expr,
      hasDefault: true,
    });
  return snapshots;
}

function toTypeName(schema: JsonSchema): string {
  const type = schema.type;
  const base = Array.isArray(type) ? type.join('|') : typeof type === 'string' ? type : 'any';
  const items = schema.items as JsonSchema | undefined;
  return base === 'array' && items && items.type !== 'object' ? `array<${toTypeName(items)}>` : base;
}

/** Choices with their stable codes: `oneOf`/`anyOf` of consts, `enum`, or the same on array items. */
function toOptions(schema: JsonSchema, english: Record<string, string>): ChoiceOption[] {
  const items = schema.items as JsonSchema | undefined;
  const source = (schema.oneOf ?? schema.anyOf) ? schema : schema.enum ? schema : (items ?? {});
  const list = (source.oneOf ?? source.anyOf) as JsonSchema[] | undefined;
  const toOption = (code: unknown, daTitle: unknown): ChoiceOption => {
    const key = String(code);
    const da = typeof daTitle === 'string' ? daTitle : key;
    return { code: key, title: { da, en: english[key] ?? da } } satisfies {
      code: string;
      title: LocalizedText;
    };
  };
  if (list)
    return list.filter((entry) => 'const' in entry).map((entry) => toOption(entry.const, entry.title));
  const values = source.enum as unknown[] | undefined;
  return values ? values.map((value) => toOption(value, undefined)) : [];
}
