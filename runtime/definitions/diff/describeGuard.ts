import type { Expression, FormDefinition, LocalizedText, WorkflowDefinition } from '../types';
import type { DiffContext } from './types';

type Words = { da: string; en: string };

const OPERATORS: Record<string, Words> = {
  '===': { da: 'er', en: 'is' },
  '!==': { da: 'er ikke', en: 'is not' },
  '<': { da: 'er under', en: 'is below' },
  '<=': { da: 'er højst', en: 'is at most' },
  '>': { da: 'er over', en: 'is over' },
  '>=': { da: 'er mindst', en: 'is at least' },
};

const FACTS: Record<string, Words> = {
  'facts.child.birthDate': { da: 'barnets fødselsdato', en: "the child's birth date" },
  'facts.child.dueDate': { da: 'terminsdatoen', en: 'the due date' },
};

/**
 * A guard in words for release notes and the diff view, naming forms and fields by their titles:
 * `{"===": [{"var": "answers.F09-epds.overCutoff"}, true]}` → "EPDS over cut-off (positiv opsporing)".
 * Unknown shapes become "a condition" rather than raw JSON: a health visitor reads this.
 */
export function describeGuard(
  guard: Expression,
  workflow: WorkflowDefinition,
  context: DiffContext = {},
): LocalizedText {
  const describe = (expression: Expression): Words => {
    if (!isOperation(expression)) return toValueWords(expression);
    const [operator, rawArgs] = Object.entries(expression)[0] as [string, unknown];
    const args = Array.isArray(rawArgs) ? rawArgs : [rawArgs];
    if (operator === 'and' || operator === 'or') {
      const parts = args.map(describe);
      const joiner = operator === 'and' ? { da: ' og ', en: ' and ' } : { da: ' eller ', en: ' or ' };
      return { da: parts.map((p) => p.da).join(joiner.da), en: parts.map((p) => p.en).join(joiner.en) };
    }
    if (operator === '!!') {
      const subject = describe(args[0]);
      return { da: `${subject.da} er kendt`, en: `${subject.en} is known` };
    }
    if (operator === '!') {
      const subject = describe(args[0]);
      return { da: `${subject.da} mangler`, en: `${subject.en} is missing` };
    }
    if (operator === 'var') return toVariableWords(String(args[0]), workflow, context);
    const words = OPERATORS[operator];
    if (words && args.length === 2) return describeComparison(operator, words, args[0], args[1]);
    return { da: 'en betingelse', en: 'a condition' };
  };

  const describeComparison = (operator: string, words: Words, left: unknown, right: unknown): Words => {
    const field = isVar(left) ? toField(String(left.var), workflow, context) : undefined;
    if (field && typeof right === 'boolean' && (operator === '===' || operator === '!==')) {
      const positive = right === (operator === '===');
      return positive ? field.words : { da: `ikke ${field.words.da}`, en: `not ${field.words.en}` };
    }
    const leftWords = describe(left);
    const option = field?.options.get(String(right));
    const rightWords = option ? { da: `"${option.da}"`, en: `"${option.en}"` } : describe(right);
    return {
      da: `${leftWords.da} ${words.da} ${rightWords.da}`,
      en: `${leftWords.en} ${words.en} ${rightWords.en}`,
    };
  };

  return describe(guard);
}

function isOperation(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1
  );
}

function isVar(value: unknown): value is { var: unknown } {
  return isOperation(value) && 'var' in value;
}

function toValueWords(value: unknown): Words {
  if (value === true) return { da: 'ja', en: 'yes' };
  if (value === false) return { da: 'nej', en: 'no' };
  if (value === null) return { da: 'tom', en: 'empty' };
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return { da: text, en: text };
}

interface FieldWords {
  words: Words;
  options: Map<string, Words>;
}

/** `answers.<form>.<field>` → "EPDS over cut-off (positiv opsporing)", with the field's choices by code. */
function toField(name: string, workflow: WorkflowDefinition, context: DiffContext): FieldWords | undefined {
  const match = /^answers\.([^.]+)\.(.+)$/.exec(name);
  if (!match) return undefined;
  const [, formId = '', fieldPath = ''] = match;
  const version = workflow.forms[formId];
  const form = version === undefined ? undefined : context.getForm?.(formId, version);
  if (!form)
    return { words: { da: `${formId}: ${fieldPath}`, en: `${formId}: ${fieldPath}` }, options: new Map() };
  const short = toShortTitle(form);
  const title = toFieldTitle(form, fieldPath);
  return {
    words: { da: `${short.da} ${lowerFirst(title.da)}`, en: `${short.en} ${lowerFirst(title.en)}` },
    options: toFieldOptions(form, fieldPath),
  };
}

function toVariableWords(name: string, workflow: WorkflowDefinition, context: DiffContext): Words {
  const field = toField(name, workflow, context);
  if (field) return field.words;
  const fact = FACTS[name];
  if (fact) return fact;
  const param = /^params\.(.+)$/.exec(name)?.[1];
  const parameter = param ? workflow.parameters?.[param] : undefined;
  if (parameter) return { da: lowerFirst(parameter.title.da), en: lowerFirst(parameter.title.en) };
  const counter = /^counters\.(.+)$/.exec(name)?.[1];
  if (counter) return { da: `tælleren ${counter}`, en: `the counter ${counter}` };
  const eventField = /^event\.(.+)$/.exec(name)?.[1];
  if (eventField) return { da: `hændelsens ${eventField}`, en: `the event's ${eventField}` };
  return { da: name, en: name };
}

/** "EPDS – Edinburgh Postnatale Depression Scale" → "EPDS": the name health visitors use. */
function toShortTitle(form: FormDefinition): Words {
  const cut = (text: string) => text.split(/\s[–-]\s/)[0] ?? text;
  return { da: cut(form.title.da), en: cut(form.title.en) };
}

function toFieldTitle(form: FormDefinition, path: string): Words {
  const computed = form.computed?.[path];
  if (computed) return computed.title;
  let schema: Record<string, unknown> | undefined = form.schema;
  for (const part of path.split('.')) {
    const properties = schema?.properties as Record<string, Record<string, unknown>> | undefined;
    schema = properties?.[part];
  }
  const da = typeof schema?.title === 'string' ? schema.title : path;
  return { da, en: form.translations?.en?.[path]?.title ?? da };
}

function toFieldOptions(form: FormDefinition, path: string): Map<string, Words> {
  let schema: Record<string, unknown> | undefined = form.schema;
  for (const part of path.split('.')) {
    const properties = schema?.properties as Record<string, Record<string, unknown>> | undefined;
    schema = properties?.[part];
  }
  const english = form.translations?.en?.[path]?.options ?? {};
  const list = (schema?.oneOf ?? schema?.anyOf ?? []) as Record<string, unknown>[];
  return new Map(
    list
      .filter((entry) => 'const' in entry)
      .map((entry) => {
        const code = String(entry.const);
        const da = typeof entry.title === 'string' ? entry.title : code;
        return [code, { da, en: english[code] ?? da }];
      }),
  );
}

function lowerFirst(text: string): string {
  // Keep abbreviations ("ADBB", "EPDS") as they are; lower only an ordinary capitalised first word.
  if (/^\p{Lu}{2}/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
