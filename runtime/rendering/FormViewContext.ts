import type { Registry, RJSFSchema } from '@rjsf/utils';
import { createContext, useContext, type RefObject } from 'react';
import type { Language } from '../i18n/text';
import type { GapItem } from './GapSummary';
import type { RenderingText } from './renderingText';

/** Form data as rjsf hands it around: the runtime validates it, so no narrower type is claimed. */
export type FormData = Record<string, unknown>;

/** What FormView tells its templates and widgets (rjsf's `formContext`). */
export interface FormViewContext {
  language: Language;
  text: RenderingText;
  /** Definition paths (`a.b`, `list[].c`) whose visibility rule is false now. */
  hiddenPaths: ReadonlySet<string>;
  /** Definition path → the texts of the gaps that name it. */
  gaps: ReadonlyMap<string, string[]>;
  /** Every gap of the form, for the notice at the top. */
  gapItems: GapItem[];
  /** The label of the field at a dotted data path, for the error summary. */
  labelOf: (dottedPath: string) => string;
  /** In a multi-page form, the top-level fields of the page shown (the others keep their data, unseen). */
  pageNames?: ReadonlySet<string>;
  /** The error summary, focused after a failed submit. */
  summaryRef: RefObject<HTMLDivElement | null>;
}

export type FormViewRegistry = Registry<FormData, RJSFSchema, FormViewContext>;

/** The element ids that describe the field being rendered: set by FieldTemplate, read by the widgets. */
export const DescribedByContext = createContext<string | undefined>(undefined);

export function useDescribedBy(): string | undefined {
  return useContext(DescribedByContext);
}
