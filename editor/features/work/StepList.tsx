import type { PathwayStep } from '../../api/types';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';
import { DueText } from './DueText';

/** A pathway's current steps (several at once in parallel parts), each with its due date and window. */
export function StepList({
  steps,
  withDescriptions = false,
}: {
  steps: PathwayStep[];
  withDescriptions?: boolean;
}) {
  const { language } = useLanguage();
  return (
    <ul className="step-list">
      {steps.map((step) => (
        <li key={step.state}>
          <strong>{toText(step.title, language)}</strong>
          {step.due ? (
            <>
              {' – '}
              <DueText due={step.due} />
            </>
          ) : null}
          {withDescriptions && step.description ? (
            <p className="step-description">{toText(step.description, language)}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
