import type { DefinitionIssue } from './DefinitionError';
import { escapePointer } from './checkDefinitionLimits';
import { DEFINITION_LIMITS } from './definitionLimits';
import { checkRegexSafety } from './checkRegexSafety';
import { SCHEMA_KEYWORDS, SCHEMA_LIST_KEYWORDS, SCHEMA_MAP_KEYWORDS } from '../validation/schemaKeywords';

/** Keywords that hold plain values (numbers, strings, lists of names, any JSON for `const`/`enum`/`default`). */
const VALUE_KEYWORDS = new Set([
  'type',
  'title',
  'description',
  'required',
  'enum',
  'const',
  'default',
  'examples',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minContains',
  'maxContains',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'readOnly',
  'writeOnly',
  'deprecated',
  '$comment',
  '$ref',
]);
/** The formats the validator knows (runtime/validation/createAjv.ts); an unknown one would check nothing. */
export const ALLOWED_FORMATS = new Set(['date', 'date-time', 'time', 'email', 'uri', 'uuid']);

/**
 * Checks a JSON Schema written by staff (a form's data schema, a parameter's schema): only allow-listed
 * keywords, only local `$ref`s (`#/…`), only known formats, and regular expressions that cannot backtrack
 * catastrophically. Unknown keywords are refused rather than ignored, so nothing passes unchecked.
 */
export function checkSchemaSafety(schema: unknown, at: string, source: string): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const add = (path: string, message: string) => issues.push({ source, path, message });
  const visit = (node: unknown, path: string): void => {
    if (typeof node === 'boolean') return;
    if (!node || typeof node !== 'object' || Array.isArray(node)) {
      add(path, 'must be a schema (an object or true/false)');
      return;
    }
    for (const [keyword, value] of Object.entries(node as Record<string, unknown>)) {
      const where = `${path}/${escapePointer(keyword)}`;
      // compileForm drops a root `$schema`/`$id` before compiling, so there they are only labels.
      if (path === at && (keyword === '$schema' || keyword === '$id') && typeof value === 'string') continue;
      if (SCHEMA_KEYWORDS.has(keyword)) visit(value, where);
      else if (SCHEMA_LIST_KEYWORDS.has(keyword)) {
        if (!Array.isArray(value)) add(where, `'${keyword}' must be a list of schemas`);
        else value.forEach((item, i) => visit(item, `${where}/${i}`));
      } else if (SCHEMA_MAP_KEYWORDS.has(keyword)) {
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
          add(where, `'${keyword}' must be an object of schemas`);
          continue;
        }
        for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
          const childAt = `${where}/${escapePointer(name)}`;
          if (keyword === 'patternProperties') checkPattern(name, childAt, add);
          visit(child, childAt);
        }
      } else if (keyword === 'dependencies') {
        // The older form of dependentRequired/dependentSchemas (the form builder's import keeps it).
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
          add(where, `'dependencies' must be an object`);
          continue;
        }
        for (const [name, child] of Object.entries(value as Record<string, unknown>))
          if (!Array.isArray(child)) visit(child, `${where}/${escapePointer(name)}`);
      } else if (!VALUE_KEYWORDS.has(keyword)) {
        add(where, `the keyword '${keyword}' is not allowed in a definition's schema`);
      } else if (keyword === '$ref') {
        if (typeof value !== 'string' || !value.startsWith('#'))
          add(where, `only local references ('#/…') are allowed, found ${JSON.stringify(value)}`);
      } else if (keyword === 'format') {
        if (typeof value !== 'string' || !ALLOWED_FORMATS.has(value))
          add(
            where,
            `unknown format ${JSON.stringify(value)}; use one of ${[...ALLOWED_FORMATS].join(', ')}`,
          );
      } else if (keyword === 'pattern') {
        if (typeof value !== 'string') add(where, "'pattern' must be a string");
        else checkPattern(value, where, add);
      }
    }
  };
  visit(schema, at);
  return issues;
}

function checkPattern(pattern: string, at: string, add: (path: string, message: string) => void): void {
  if (pattern.length > DEFINITION_LIMITS.maxPatternLength) {
    add(at, `the regular expression is longer than ${DEFINITION_LIMITS.maxPatternLength} characters`);
    return;
  }
  const problem = checkRegexSafety(pattern);
  if (problem) add(at, problem);
}
