import type { ErrorListProps, RJSFSchema } from '@rjsf/utils';
import type { MouseEvent } from 'react';
import type { FormData, FormViewContext } from '../FormViewContext';
import { withLabel } from '../toFieldLabel';
import { toFieldId } from '../toFieldPath';

type Props = ErrorListProps<FormData, RJSFSchema, FormViewContext>;

/**
 * The error summary at the top of the form (the GOV.UK / DKFDS pattern): one link per error, each moving focus
 * to its field. FormView focuses the summary after a failed submit, so screen readers hear it first.
 */
export function ErrorSummary({ errors, registry }: Props) {
  const { text, labelOf, summaryRef } = registry.formContext;
  return (
    <div
      ref={summaryRef}
      className="alert alert-error error-summary"
      tabIndex={-1}
      role="group"
      aria-labelledby="error-summary-heading"
    >
      <h2 id="error-summary-heading" className="alert-heading">
        {text.errorSummaryTitle}
      </h2>
      <p className="alert-text">{text.errorSummaryIntro}</p>
      <ul className="alert-text">
        {errors.map((error, index) => {
          const path = (error.property ?? '').replace(/^\./, '');
          const message = error.message ?? error.stack;
          if (!path) return <li key={index}>{message}</li>;
          const id = toFieldId(path);
          return (
            <li key={index}>
              <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                {withLabel(labelOf(path), message)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * Moves focus to the field's first input. The default jump is prevented: the app routes on the URL hash, and
 * a radio group's id is on its wrapper, which cannot take focus.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  event.preventDefault();
  const element = event.currentTarget.ownerDocument.getElementById(id);
  const focusable = element?.matches('input, select, textarea')
    ? element
    : element?.querySelector<HTMLElement>('input, select, textarea, button');
  focusable?.focus();
  focusable?.scrollIntoView({ block: 'center' });
}
