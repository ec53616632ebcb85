import type { RuleGroupType, RuleType } from 'react-querybuilder';

/** A variable a rule can read: a form field, a computed value, an answer or a parameter. */
export interface RuleField {
  /** The JSON Logic `var` path, e.g. 'data.total', 'answers.F07-adbb.total' or 'params.epdsCutoff'. */
  name: string;
  label: string;
  type: 'number' | 'integer' | 'string' | 'boolean' | 'date';
  /** Stable codes with their labels, for choices. */
  options?: { value: string; label: string }[];
  /** The value is a list of codes (a multiple choice): rules test whether a code is chosen. */
  multiple?: boolean;
}

/** Operators the visual builder offers; each maps to one JSON Logic shape our evaluator runs. */
export type RuleOperator =
  | '='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'between'
  | 'null'
  | 'notNull'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'doesNotContain'
  | 'notEmpty';

/** Extra facts a rule keeps so that it writes back exactly the JSON Logic it was read from. */
export interface RuleMeta {
  /** `{"var": [path, default]}`: the default the original expression gave the variable. */
  varDefault?: unknown;
  /** `{"!": x}` instead of `{"!": [x]}`. */
  bareNot?: boolean;
}

export type BuilderRule = RuleType<string, string, unknown, string, RuleMeta>;
export type BuilderQuery = RuleGroupType<BuilderRule>;
