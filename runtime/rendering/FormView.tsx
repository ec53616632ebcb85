import Form, { type IChangeEvent } from '@rjsf/core';
import { deepEquals, getByPath, type RJSFSchema } from '@rjsf/utils';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FormDefinition } from '../definitions/types';
import { toCompiledForm } from '../forms/compileForm';
import { checkSubmission, computeFields, getHiddenPaths } from '../forms/checkSubmission';
import { toText, type Language } from '../i18n/text';
import type { FieldError } from '../validation/toFieldErrors';
import { LiveComputedFields } from './ComputedFields';
import { createValueStore } from './createValueStore';
import { createCheckValidator, toLoadedValidate, type CheckValidatorOptions } from './createCheckValidator';
import { useFormValidators } from './FormValidatorsContext';
import type { FormData, FormViewContext } from './FormViewContext';
import { localizeForm } from './localizeForm';
import { PageButtons, PageHeading } from './PageNav';
import { toPages } from './toPages';
import { createStringTranslator, getRenderingText } from './renderingText';
import { fields, templates, widgets } from './theme';
import { toFieldLabel } from './toFieldLabel';
import { toValidationData } from './toValidationData';
import { useStableValue } from './useStableValue';

export interface FormViewProps {
  form: FormDefinition;
  language: Language;
  /** The data the form starts with; FormView keeps the data while the user types (key it to start over). */
  formData?: FormData;
  /** Parameter values that override the form's defaults (cut-offs), as the server uses them. */
  params?: Record<string, unknown>;
  onChange?: (data: FormData) => void;
  /** Called with valid data, hidden fields removed. */
  onSubmit: (data: FormData) => void;
  /** Errors from the server (422), shown inline until the user changes the field. */
  errors?: FieldError[];
  disabled?: boolean;
  submitLabel?: string;
}

/**
 * A form definition rendered for a worker: visibility rules applied, computed fields shown read-only, gaps
 * marked, validated exactly as the server validates, in Danish or English.
 */
export function FormView(props: FormViewProps) {
  const { form, language, params, errors, disabled } = props;
  // Validators are generated on the server and imported (no eval under the CSP); see FormValidatorsContext.
  const { validators, error: validatorsError } = useFormValidators(form);
  const localized = useMemo(() => localizeForm(form, language), [form, language]);
  const pages = useMemo(() => toPages(localized.schema, localized.uiSchema), [localized]);
  const [page, setPage] = useState(0);
  const currentPage = pages ? Math.min(page, pages.length - 1) : 0;
  const pageNames = useMemo(
    () => (pages ? new Set(pages[currentPage]?.names ?? []) : undefined),
    [pages, currentPage],
  );
  // The validator reads the form, language, parameters and loaded validators from this object at each
  // validation, so that a compiled form serves while the validators load or are replaced. The rjsf validator
  // changes only when the loaded validators do: rjsf then renders again only the fields whose rendering asks
  // the validator (conditions, `$ref`: fields/SchemaField.tsx), and a field's errors shown stay.
  const validatorOptions = useRef<CheckValidatorOptions>({} as CheckValidatorOptions).current;
  const compiled = useMemo(
    () => toCompiledForm(form, toLoadedValidate(validatorOptions)),
    [form, validatorOptions],
  );
  Object.assign(validatorOptions, { form: compiled, language, params, validators });
  const validator = useMemo(() => createCheckValidator(validatorOptions), [validatorOptions, validators]);
  const text = getRenderingText(language);
  const [data, setData] = useState<FormData>(() => props.formData ?? {});
  // rjsf's form keeps its own data once mounted: it starts from this. Handing each change back as `formData`
  // made rjsf recompute the whole form's defaults a second time, at every keystroke; its other props stay the
  // same while the user types, so it does not recompute either.
  const [formStart] = useState(data);
  const [attempted, setAttempted] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<Form<FormData, RJSFSchema, FormViewContext>>(null);
  const quietValidation = useRef(false);

  // After a language switch, errors already shown are shown again in the new language, without moving focus.
  useEffect(() => {
    if (!attempted || !formRef.current) return;
    quietValidation.current = true;
    if (formRef.current.validateForm()) quietValidation.current = false;
    // Only the language matters here: `attempted` is read, not watched.
  }, [language]);

  // Server errors stay until the user changes the field they name: remember the data they were about.
  const [errorsSeen, setErrorsSeen] = useState({ errors, data });
  if (errorsSeen.errors !== errors) setErrorsSeen({ errors, data });
  const openErrors = (errors ?? []).filter((e) =>
    deepEquals(valueAt(data, e.path), valueAt(errorsSeen.data, e.path)),
  );
  const extraErrors = useStableValue(
    openErrors.length > 0 ? toValidationData(openErrors).errorSchema : undefined,
  );
  useEffect(() => {
    if (errors && errors.length > 0) summaryRef.current?.focus();
  }, [errors]);

  // Stable while the same fields stay hidden: a new set in the formContext re-renders every field.
  const hiddenPaths = useStableValue(
    useMemo(() => new Set(getHiddenPaths(compiled, data, params)), [compiled, data, params]),
  );
  const computed = useMemo(() => computeFields(compiled, data, params), [compiled, data, params]);
  const [computedStore] = useState(() => createValueStore(computed));
  useLayoutEffect(() => computedStore.set(computed), [computedStore, computed]);
  // The context reaches every field: it keeps its identity through an edit in the form builder that leaves
  // the gaps as they were, so that the fields the edit did not touch are not rendered again.
  const gaps = useStableValue(
    useMemo(() => {
      const byPath = new Map<string, string[]>();
      for (const gap of form.gaps ?? []) {
        if (gap.path) byPath.set(gap.path, [...(byPath.get(gap.path) ?? []), toText(gap.text, language)]);
      }
      return byPath;
    }, [form, language]),
  );
  const gapItems = useStableValue(
    useMemo(
      () =>
        (form.gaps ?? []).map((gap) => ({
          label: gap.path ? toFieldLabel(localized.schema, gap.path) : undefined,
          text: toText(gap.text, language),
        })),
      [form, localized, language],
    ),
  );
  const labelSchema = useRef(localized.schema);
  labelSchema.current = localized.schema;

  const context = useMemo<FormViewContext>(
    () => ({
      language,
      text,
      hiddenPaths,
      gaps,
      gapItems,
      summaryRef,
      labelOf: (path) => toFieldLabel(labelSchema.current, path),
      ...(pageNames ? { pageNames } : {}),
    }),
    [language, text, hiddenPaths, gaps, gapItems, pageNames],
  );
  const uiSchema = useMemo(
    () => ({ ...localized.uiSchema, 'ui:globalOptions': GLOBAL_OPTIONS }),
    [localized],
  );
  const translateString = useMemo(() => createStringTranslator(language), [language]);

  const handleChange = (event: IChangeEvent<FormData, RJSFSchema, FormViewContext>) => {
    const next = event.formData ?? {};
    setData(next);
    props.onChange?.(next);
  };
  const handleSubmit = (event: IChangeEvent<FormData, RJSFSchema, FormViewContext>) => {
    setAttempted(true);
    const check = checkSubmission(compiled, event.formData ?? {}, { language, params });
    if (check.ok) props.onSubmit(check.data);
  };

  // The form is shown while its validators load (they are needed to submit, and to resolve conditions, which
  // render again when they come): opening a long form does not wait for them.
  return (
    <div className="form-view" aria-busy={!validators && !validatorsError}>
      {validatorsError ? <p role="alert">{validatorsError.message}</p> : null}
      {pages ? <PageHeading pages={pages} current={currentPage} text={text} /> : null}
      <Form<FormData, RJSFSchema, FormViewContext>
        ref={formRef}
        schema={localized.schema}
        uiSchema={uiSchema}
        initialFormData={formStart}
        formContext={context}
        validator={validator}
        templates={templates}
        widgets={widgets}
        fields={fields}
        translateString={translateString}
        extraErrors={extraErrors}
        disabled={disabled}
        noHtml5Validate
        showErrorList="top"
        liveValidate={attempted ? 'onChange' : false}
        experimental_defaultFormStateBehavior={DEFAULTS}
        experimental_componentUpdateStrategy="always"
        onChange={handleChange}
        onError={(found) => {
          setAttempted(true);
          // A multi-page form opens the first page with a problem; the summary lists them all.
          const withError = pages?.findIndex((p) =>
            found.some((e) => p.names.includes(toTopName(e.property))),
          );
          if (withError !== undefined && withError >= 0) setPage(withError);
          if (quietValidation.current) quietValidation.current = false;
          else summaryRef.current?.focus();
        }}
        onSubmit={handleSubmit}
      >
        <LiveComputedFields form={form} store={computedStore} language={language} text={text} />
        {pages ? <PageButtons pages={pages} current={currentPage} onGo={setPage} text={text} /> : null}
        {!pages || currentPage === pages.length - 1 ? (
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={disabled || !validators}>
              {props.submitLabel ?? text.submit}
            </button>
          </div>
        ) : null}
      </Form>
    </div>
  );
}

const GLOBAL_OPTIONS = { orderable: false, copyable: false };

/** Nothing is pre-filled: a choice the worker did not make must not be recorded (rjsf would pick the first option). */
const DEFAULTS = {
  emptyObjectFields: 'skipEmptyDefaults',
  constAsDefaults: 'never',
  requiredBooleanDefault: 'skip',
} as const;

/** The top-level field an rjsf error is about (`.section.field`, `list.0.x` → `section`, `list`). */
function toTopName(property: string | undefined): string {
  return (property ?? '').replace(/^\./, '').split(/[.[]/)[0] ?? '';
}

function valueAt(data: FormData, path: string): unknown {
  return path ? getByPath<unknown>(data, path.split('.')) : data;
}
