import { listFieldPaths, type FormDefinition, type JsonSchema } from '../../runtime';

export interface DictionaryEntry {
  formId: string;
  formVersion: number;
  /** Column name in the export: `field.path`, or `=name` for a computed field. */
  field: string;
  title: string;
  titleEn: string;
  type: string;
  /** `code = label` pairs of a choice. */
  codes: string;
}

/** Kinds of field the pseudonymised export may carry: codes, yes/no, numbers and dates. Free text never. */
export function isExportable(schema: JsonSchema): boolean {
  if (schema.oneOf || schema.enum) return true;
  if (schema.type === 'boolean' || schema.type === 'integer' || schema.type === 'number') return true;
  if (schema.type === 'string' && schema.format === 'date') return true;
  const items = schema.items as JsonSchema | undefined;
  return schema.type === 'array' && items !== undefined && Boolean(items.oneOf || items.enum);
}

function toCodes(schema: JsonSchema): string {
  const choices = (schema.oneOf ?? (schema.items as JsonSchema | undefined)?.oneOf) as
    { const: unknown; title?: string }[] | undefined;
  if (choices) return choices.map((c) => `${String(c.const)} = ${c.title ?? ''}`).join('; ');
  const values = (schema.enum ?? (schema.items as JsonSchema | undefined)?.enum) as unknown[] | undefined;
  return values ? values.map(String).join('; ') : '';
}

/** The data dictionary of the export, generated from the form definitions themselves. */
export function toDataDictionary(form: FormDefinition): DictionaryEntry[] {
  const english = (form.translations?.en ?? {}) as Record<string, { title?: string }>;
  const fields = listFieldPaths(form.schema)
    .filter((f) => !f.path.includes('[]') && f.schema.type !== 'object' && isExportable(f.schema))
    .map((f) => ({
      formId: form.id,
      formVersion: form.version,
      field: f.path,
      title: typeof f.schema.title === 'string' ? f.schema.title : f.path,
      titleEn: english[f.path]?.title ?? '',
      type: f.schema.format === 'date' ? 'date' : typeof f.schema.type === 'string' ? f.schema.type : 'code',
      codes: toCodes(f.schema),
    }));
  const computed = Object.entries(form.computed ?? {}).map(([name, c]) => ({
    formId: form.id,
    formVersion: form.version,
    field: `=${name}`,
    title: c.title.da,
    titleEn: c.title.en,
    type: typeof c.schema?.type === 'string' ? c.schema.type : 'computed',
    codes: '',
  }));
  return [...fields, ...computed];
}
