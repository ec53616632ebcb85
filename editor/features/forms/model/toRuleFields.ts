import { toText, type FormDefinition, type Language } from '../../../../runtime';
import type { RuleField } from '../../rules/ruleTypes';
import { flattenFields, type FieldEntry } from './toFieldTree';

type Node = Record<string, unknown>;

/**
 * What a form's rules can read, for the rule builder: its answer fields as `data.<path>` (not items of a
 * repeating group, which have no single value), its parameters as `params.<name>`, and, for computed
 * fields, the computed values before them as `computed.<id>`.
 */
export function toRuleFields(
  doc: FormDefinition,
  tree: FieldEntry[],
  language: Language,
  options: { except?: string; computedBefore?: string } = {},
): RuleField[] {
  const fields: RuleField[] = [];
  for (const entry of flattenFields(tree)) {
    if (entry.path === options.except || entry.path.includes('[]') || entry.type.container) continue;
    const field = toRuleField(entry, language);
    if (field) fields.push(field);
  }
  for (const [name, parameter] of Object.entries(doc.parameters ?? {})) {
    const types = [parameter.schema.type].flat();
    const type = types.includes('integer')
      ? 'integer'
      : types.includes('number')
        ? 'number'
        : types.includes('boolean')
          ? 'boolean'
          : 'string';
    fields.push({ name: `params.${name}`, label: toText(parameter.title, language) || name, type });
  }
  if (options.computedBefore !== undefined) {
    for (const [id, computed] of Object.entries(doc.computed ?? {})) {
      if (id === options.computedBefore) break;
      const types = [computed.schema?.type].flat();
      const type = types.includes('boolean') ? 'boolean' : types.includes('string') ? 'string' : 'number';
      fields.push({ name: `computed.${id}`, label: toText(computed.title, language) || id, type });
    }
  }
  return fields;
}

function toRuleField(entry: FieldEntry, language: Language): RuleField | undefined {
  const label = language === 'en' && entry.labelEn ? entry.labelEn : entry.label;
  const name = `data.${entry.path}`;
  const schema = entry.schema;
  switch (entry.type.id) {
    case 'shortText':
    case 'longText':
      return { name, label, type: 'string' };
    case 'date':
      return { name, label, type: 'date' };
    case 'integer':
      return { name, label, type: 'integer' };
    case 'number':
      return { name, label, type: 'number' };
    case 'yesNo':
      return { name, label, type: 'boolean' };
    case 'singleChoice':
    case 'ratingScale':
      return {
        name,
        label,
        type: schema.type === 'integer' ? 'integer' : 'string',
        options: toOptions(schema),
      };
    case 'multipleChoice':
      return {
        name,
        label,
        type: 'string',
        multiple: true,
        options: toOptions((schema.items ?? {}) as Node),
      };
    default:
      return undefined;
  }
}

function toOptions(schema: Node): { value: string; label: string }[] {
  return ((schema.oneOf ?? []) as Node[]).map((option) => ({
    value: String(option.const),
    label: typeof option.title === 'string' ? option.title : String(option.const),
  }));
}
