import type { PathwayView } from '../../api/types';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';
import { StepList } from './StepList';
import { FormsDueList } from './FormsDueList';

/** Where a pathway stands after a step: its current steps with due dates, or how it ended, and the forms due. */
export function PathwayProgress({ pathway }: { pathway: PathwayView }) {
  const { t, language } = useLanguage();
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t.stepForm.nextSteps}</h2>
      {pathway.status === 'done' && pathway.finalState ? (
        <p>{t.stepForm.pathwayDone(toText(pathway.finalState.title, language))}</p>
      ) : (
        <StepList steps={pathway.steps} />
      )}
      {pathway.status === 'active' ? (
        <>
          <h3>{t.family.formsDue}</h3>
          <FormsDueList pathway={pathway} />
        </>
      ) : null}
    </section>
  );
}
