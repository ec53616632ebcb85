import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { FormDefinition } from '../definitions/types';
import type { FormValidators } from '../forms/FormValidators';

/**
 * Where FormView gets a form's validators. The app provides one that imports the module the server generated
 * (no eval in the browser: the CSP has no 'unsafe-eval'); a cached answer may come back synchronously.
 */
export type FormValidatorSource = (form: FormDefinition) => FormValidators | Promise<FormValidators>;

export const FormValidatorsContext = createContext<FormValidatorSource | undefined>(undefined);

/**
 * Without a provider (Node: tests, benchmarks) the validators are compiled in-process, loaded on demand so
 * that ajv's compiler stays out of the app's bundle.
 */
const compiledHere = new WeakMap<FormDefinition, Promise<FormValidators>>();
const compileHere: FormValidatorSource = (form) => {
  let found = compiledHere.get(form);
  if (!found) {
    found = import('../forms/compileFormValidators').then((m) => m.compileFormValidators(form.schema));
    compiledHere.set(form, found);
  }
  return found;
};

export interface FormValidatorsState {
  /** The form's validators; while a changed form's load, the previous form's (the builder's preview). */
  validators?: FormValidators;
  error?: Error;
}

export function useFormValidators(form: FormDefinition): FormValidatorsState {
  const source = useContext(FormValidatorsContext) ?? compileHere;
  const answer = useMemo(() => source(form), [source, form]);
  const [settled, setSettled] = useState<{ answer: unknown; validators?: FormValidators; error?: Error }>();
  useEffect(() => {
    if (!(answer instanceof Promise)) return;
    let live = true;
    answer.then(
      (validators) => live && setSettled({ answer, validators }),
      (error: unknown) =>
        live && setSettled({ answer, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [answer]);
  const current: { validators?: FormValidators; error?: Error } | undefined =
    answer instanceof Promise ? (settled?.answer === answer ? settled : undefined) : { validators: answer };
  const last = useRef<FormValidators | undefined>(undefined);
  useEffect(() => {
    if (current?.validators) last.current = current.validators;
  });
  return {
    validators: current?.validators ?? last.current,
    ...(current?.error ? { error: current.error } : {}),
  };
}
