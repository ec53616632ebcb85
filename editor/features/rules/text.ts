import type { RuleOperator } from './ruleTypes';

export interface RuleText {
  operators: Record<RuleOperator, string>;
  and: string;
  or: string;
  combinator: string;
  field: string;
  operator: string;
  value: string;
  valueSource: string;
  sourceValue: string;
  sourceField: string;
  yes: string;
  no: string;
  addRule: string;
  addGroup: string;
  removeRule: string;
  removeGroup: string;
  not: string;
  moveUp: string;
  moveDown: string;
  cloneRule: string;
  cloneGroup: string;
  empty: string;
  group: (path: string) => string;
  advancedIntro: string;
  advancedLabel: string;
  advancedInvalid: string;
  advancedApply: string;
  replaceWithVisual: string;
  editAsJson: string;
  clear: string;
}

export const ruleTexts: { da: RuleText; en: RuleText } = {
  da: {
    operators: {
      '=': 'er lig med',
      '!=': 'er ikke lig med',
      '<': 'er mindre end',
      '<=': 'er højst',
      '>': 'er større end',
      '>=': 'er mindst',
      between: 'er mellem',
      null: 'er ikke udfyldt',
      notNull: 'er udfyldt',
      in: 'er en af',
      notIn: 'er ingen af',
      contains: 'har valgt',
      doesNotContain: 'har ikke valgt',
      notEmpty: 'har mindst ét valg',
    },
    and: 'alle betingelser gælder (og)',
    or: 'mindst én betingelse gælder (eller)',
    combinator: 'Hvordan betingelserne kombineres',
    field: 'Felt',
    operator: 'Sammenligning',
    value: 'Værdi',
    valueSource: 'Sammenlign med',
    sourceValue: 'en værdi',
    sourceField: 'et andet felt eller en parameter',
    yes: 'Ja',
    no: 'Nej',
    addRule: 'Tilføj betingelse',
    addGroup: 'Tilføj gruppe',
    removeRule: 'Fjern betingelse',
    removeGroup: 'Fjern gruppe',
    not: 'Ikke (vend gruppen om)',
    moveUp: 'Flyt op',
    moveDown: 'Flyt ned',
    cloneRule: 'Kopiér betingelse',
    cloneGroup: 'Kopiér gruppe',
    empty: 'Ingen betingelse: gælder altid.',
    group: (path) => `Betingelsesgruppe ${path}`,
    advancedIntro:
      'Reglen bruger udtryk, som den visuelle regelbygger ikke kan vise (fx hvis-så eller regnestykker). Du kan rette den som JSON Logic her.',
    advancedLabel: 'Regel som JSON Logic',
    advancedInvalid: 'Ikke gyldig JSON',
    advancedApply: 'Brug JSON',
    replaceWithVisual: 'Erstat med en ny visuel regel',
    editAsJson: 'Ret som JSON',
    clear: 'Fjern alle betingelser',
  },
  en: {
    operators: {
      '=': 'equals',
      '!=': 'does not equal',
      '<': 'is less than',
      '<=': 'is at most',
      '>': 'is greater than',
      '>=': 'is at least',
      between: 'is between',
      null: 'is not filled in',
      notNull: 'is filled in',
      in: 'is one of',
      notIn: 'is none of',
      contains: 'has chosen',
      doesNotContain: 'has not chosen',
      notEmpty: 'has at least one choice',
    },
    and: 'all conditions hold (and)',
    or: 'at least one condition holds (or)',
    combinator: 'How the conditions combine',
    field: 'Field',
    operator: 'Comparison',
    value: 'Value',
    valueSource: 'Compare with',
    sourceValue: 'a value',
    sourceField: 'another field or a parameter',
    yes: 'Yes',
    no: 'No',
    addRule: 'Add condition',
    addGroup: 'Add group',
    removeRule: 'Remove condition',
    removeGroup: 'Remove group',
    not: 'Not (invert the group)',
    moveUp: 'Move up',
    moveDown: 'Move down',
    cloneRule: 'Copy condition',
    cloneGroup: 'Copy group',
    empty: 'No condition: always holds.',
    group: (path) => `Condition group ${path}`,
    advancedIntro:
      'The rule uses expressions the visual rule builder cannot show (e.g. if-then or arithmetic). You can edit it as JSON Logic here.',
    advancedLabel: 'Rule as JSON Logic',
    advancedInvalid: 'Not valid JSON',
    advancedApply: 'Use JSON',
    replaceWithVisual: 'Replace with a new visual rule',
    editAsJson: 'Edit as JSON',
    clear: 'Remove all conditions',
  },
};
