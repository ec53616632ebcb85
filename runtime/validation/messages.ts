import type { ErrorObject } from 'ajv';
import type { Language } from '../i18n/text';

/** ajv-i18n has no Danish, so the messages are written here: plain words a health visitor understands. */
type MessageFor = (params: Record<string, unknown>) => string;

const da: Record<string, MessageFor> = {
  required: () => 'Skal udfyldes',
  type: (p) => `Skal være ${typeName(p.type, 'da')}`,
  enum: () => 'Vælg en af de mulige værdier',
  const: () => 'Vælg en af de mulige værdier',
  oneOf: () => 'Vælg en af de mulige værdier',
  anyOf: () => 'Vælg en af de mulige værdier',
  format: (p) =>
    p.format === 'date' ? 'Skal være en gyldig dato' : `Skal have formatet ${String(p.format)}`,
  minimum: (p) => `Skal være mindst ${String(p.limit)}`,
  maximum: (p) => `Må højst være ${String(p.limit)}`,
  exclusiveMinimum: (p) => `Skal være større end ${String(p.limit)}`,
  exclusiveMaximum: (p) => `Skal være mindre end ${String(p.limit)}`,
  minLength: (p) => (p.limit === 1 ? 'Skal udfyldes' : `Skal være mindst ${String(p.limit)} tegn`),
  maxLength: (p) => `Må højst være ${String(p.limit)} tegn`,
  pattern: () => 'Har ikke det rigtige format',
  minItems: (p) => `Vælg mindst ${String(p.limit)}`,
  maxItems: (p) => `Vælg højst ${String(p.limit)}`,
  uniqueItems: () => 'Den samme værdi er valgt flere gange',
  additionalProperties: (p) => `Feltet '${String(p.additionalProperty)}' findes ikke i skemaet`,
  multipleOf: (p) => `Skal gå op i ${String(p.multipleOf)}`,
};

const en: Record<string, MessageFor> = {
  required: () => 'Required',
  type: (p) => `Must be ${typeName(p.type, 'en')}`,
  enum: () => 'Choose one of the allowed values',
  const: () => 'Choose one of the allowed values',
  oneOf: () => 'Choose one of the allowed values',
  anyOf: () => 'Choose one of the allowed values',
  format: (p) => (p.format === 'date' ? 'Must be a valid date' : `Must have the format ${String(p.format)}`),
  minimum: (p) => `Must be at least ${String(p.limit)}`,
  maximum: (p) => `Must be at most ${String(p.limit)}`,
  exclusiveMinimum: (p) => `Must be greater than ${String(p.limit)}`,
  exclusiveMaximum: (p) => `Must be less than ${String(p.limit)}`,
  minLength: (p) => (p.limit === 1 ? 'Required' : `Must be at least ${String(p.limit)} characters`),
  maxLength: (p) => `Must be at most ${String(p.limit)} characters`,
  pattern: () => 'Does not have the right format',
  minItems: (p) => `Choose at least ${String(p.limit)}`,
  maxItems: (p) => `Choose at most ${String(p.limit)}`,
  uniqueItems: () => 'The same value is chosen more than once',
  additionalProperties: (p) => `The field '${String(p.additionalProperty)}' is not in the form`,
  multipleOf: (p) => `Must be a multiple of ${String(p.multipleOf)}`,
};

const typeNames: Record<Language, Record<string, string>> = {
  da: {
    string: 'tekst',
    number: 'et tal',
    integer: 'et helt tal',
    boolean: 'ja eller nej',
    object: 'en gruppe af felter',
    array: 'en liste',
    null: 'tom',
  },
  en: {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'yes or no',
    object: 'a group of fields',
    array: 'a list',
    null: 'empty',
  },
};

function typeName(type: unknown, language: Language): string {
  const names = typeNames[language];
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => names[String(t)] ?? String(t)).join(language === 'da' ? ' eller ' : ' or ');
}

const catalogues: Record<Language, Record<string, MessageFor>> = { da, en };

export function toMessage(error: Pick<ErrorObject, 'keyword' | 'params'>, language: Language): string {
  const message = catalogues[language][error.keyword];
  if (message) return message(error.params as Record<string, unknown>);
  return language === 'da' ? `Ugyldig værdi (${error.keyword})` : `Invalid value (${error.keyword})`;
}
