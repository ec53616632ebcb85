import { useRef } from 'react';
import type { Member, PathwayView } from '../../api/types';
import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';
import { FlagList } from './FlagList';
import { FormsDueList } from './FormsDueList';
import { PathwayEvents } from './PathwayEvents';
import { StepList } from './StepList';

interface Props {
  pathway: PathwayView;
  child?: Member;
  /** Something was sent to the pathway: read the family again (sub-pathways may have started or ended). */
  onChanged: () => Promise<void>;
}

/**
 * One pathway of the family: its flags, where it is (the current steps and their due dates), the forms due
 * now and the events the worker can record.
 */
export function PathwayCard({ pathway, child, onChanged }: Props) {
  const { t, language } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `pathway-${pathway.id}`;
  // After an event the button pressed may be gone: focus stays in the card, on its heading.
  const handleSent = () => void onChanged().finally(() => heading.current?.focus());
  return (
    <section className="card pathway-card" aria-labelledby={headingId}>
      <div className="card-content">
        <h3 id={headingId} ref={heading} tabIndex={-1} className="card-heading">
          {toText(pathway.workflow.title, language)}
        </h3>
        <p className="card-subheading">
          {child ? `${t.family.pathwayFor(child.name)} · ` : null}
          {t.family.startedOn(formatDateTime(pathway.startedAt, language))}
        </p>
        <FlagList flags={pathway.flags} headingId={`${headingId}-flags`} />
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
            <PathwayEvents pathway={pathway} onSent={handleSent} />
          </>
        ) : null}
      </div>
    </section>
  );
}
