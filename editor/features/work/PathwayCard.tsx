import type { Member, PathwayView } from '../../api/types';
import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';
import { StepList } from './StepList';
import { FormsDueList } from './FormsDueList';

/** One pathway of the family: where it is (the current steps and their due dates) and the forms due now. */
export function PathwayCard({ pathway, child }: { pathway: PathwayView; child?: Member }) {
  const { t, language } = useLanguage();
  const headingId = `pathway-${pathway.id}`;
  return (
    <section className="card pathway-card" aria-labelledby={headingId}>
      <div className="card-content">
        <h3 id={headingId} className="card-heading">
          {toText(pathway.workflow.title, language)}
        </h3>
        <p className="card-subheading">
          {child ? `${t.family.pathwayFor(child.name)} · ` : null}
          {t.family.startedOn(formatDateTime(pathway.startedAt, language))}
        </p>
        {pathway.status === 'done' && pathway.finalState ? (
          <p>
            <strong>{t.family.finished(toText(pathway.finalState.title, language))}</strong>
          </p>
        ) : null}
        {pathway.steps.length > 0 ? (
          <>
            <h4>{t.family.currentSteps}</h4>
            <StepList steps={pathway.steps} withDescriptions />
          </>
        ) : null}
        {pathway.status === 'active' ? (
          <>
            <h4>{t.family.formsDue}</h4>
            <FormsDueList pathway={pathway} />
          </>
        ) : null}
        {pathway.flags.length > 0 ? (
          <>
            <h4>{t.family.notes}</h4>
            <ul>
              {pathway.flags.map((flag, index) => (
                <li key={index}>
                  {typeof flag.message === 'string'
                    ? flag.message
                    : flag.message
                      ? toText(flag.message, language)
                      : flag.code}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
