import type { PathwayView } from '../../api/types';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';
import { FlagList } from './FlagList';
import { StepList } from './StepList';
import { FormsDueList } from './FormsDueList';

/**
 * Where a pathway stands after a step: its flags (a screening just over its cut-off shows at once), its current
 * steps with due dates, or how it ended, and the forms due.
 */
export function PathwayProgress({ pathway }: { pathway: PathwayView }) {
  const { t, language } = useLanguage();
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t.stepForm.nextSteps}</h2>
      <FlagList flags={pathway.flags} headingId="progress-flags" level={3} />
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
