import { readVariables } from '../expressions/readVariables';
import { listFieldPaths } from '../forms/listFieldPaths';
import type { DefinitionIssue } from './DefinitionError';
import type { Expression, FormDefinition } from './types';

/** Cross-checks inside one form: every path a rule, computed field or translation names must exist. */
export function checkForm(form: FormDefinition, source: string): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const fields = new Set(listFieldPaths(form.schema).map((f) => f.path));
  const params = new Set(Object.keys(form.parameters ?? {}));
  const computedNames = Object.keys(form.computed ?? {});

  const checkExpression = (expression: Expression, at: string, computedBefore: Set<string>) => {
    const { variables, unknownOperators } = readVariables(expression);
    for (const operator of unknownOperators)
      issues.push({ source, path: at, message: `unknown operator '${operator}'` });
    for (const variable of variables) {
      const [root, ...rest] = variable.split('.');
      const name = rest.join('.');
      const known =
        (root === 'data' && (fields.has(name) || hasFieldPrefix(fields, name))) ||
        (root === 'params' && params.has(name)) ||
        (root === 'computed' && computedBefore.has(name));
      if (!known)
        issues.push({ source, path: at, message: `reads '${variable}', which the form does not define` });
    }
  };

  for (const [path, rule] of Object.entries(form.visibility ?? {})) {
    if (!fields.has(path))
      issues.push({ source, path: `/visibility/${path}`, message: `no field '${path}' in the schema` });
    checkExpression(rule, `/visibility/${path}`, new Set());
  }
  const before = new Set<string>();
  for (const name of computedNames) {
    if (fields.has(name))
      issues.push({ source, path: `/computed/${name}`, message: `'${name}' is also a field of the schema` });
    checkExpression(form.computed?.[name]?.expr, `/computed/${name}/expr`, before);
    before.add(name);
  }
  for (const at of findHtml(form.schema, '/schema'))
    issues.push({ source, path: at, message: 'contains HTML, which is not allowed in labels' });
  for (const at of findHtml(form.translations ?? {}, '/translations'))
    issues.push({ source, path: at, message: 'contains HTML, which is not allowed in labels' });
  for (const at of findHtml(form.uiSchema ?? {}, '/uiSchema'))
    issues.push({ source, path: at, message: 'contains HTML, which is not allowed in labels' });
  for (const path of Object.keys(form.translations?.en ?? {})) {
    const known = path.startsWith('=') ? computedNames.includes(path.slice(1)) : fields.has(path);
    if (!known)
      issues.push({
        source,
        path: `/translations/en/${path}`,
        message: `translates '${path}', which the form does not define`,
      });
  }
  return issues;
}

const HTML = /<[a-zA-Z/!]/;
const LABEL_KEYS = new Set([
  'title',
  'description',
  'placeholder',
  'ui:title',
  'ui:description',
  'ui:help',
  'ui:placeholder',
]);

/** Labels are shown to users: every title, description, help text and option label must be plain text. */
function findHtml(node: unknown, at: string): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => findHtml(item, `${at}/${i}`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const path = `${at}/${key}`;
    if (typeof value === 'string')
      return (LABEL_KEYS.has(key) || at.endsWith('/options')) && HTML.test(value) ? [path] : [];
    return findHtml(value, path);
  });
}

/** `data.attempts.0.date` reads an array item of `attempts[].date`. */
function hasFieldPrefix(fields: Set<string>, name: string): boolean {
  const normalised = name.replace(/\.\d+(?=\.|$)/g, '[]');
  return fields.has(normalised) || fields.has(normalised.replace(/\[\]$/, ''));
}
