import type { PathwayView } from '../../api/types';
import { toHref } from '../../app/routes';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';

/** The forms a pathway asks for now, each a link to fill it in (with its step, timing and whether it is optional). */
export function FormsDueList({ pathway }: { pathway: PathwayView }) {
  const { t, language } = useLanguage();
  if (pathway.formsDue.length === 0) return <p>{t.family.noFormsDue}</p>;
  return (
    <ul className="forms-due">
      {pathway.formsDue.map((form) => {
        const notes = [
          toText(form.stateTitle, language),
          form.timing === 'pre' ? t.family.timingPre : form.timing === 'post' ? t.family.timingPost : '',
          form.optional ? t.family.optional : '',
        ].filter(Boolean);
        return (
          <li key={`${form.state}/${form.formId}`}>
            <a
              href={toHref({
                name: 'form',
                familyId: pathway.familyId,
                pathwayId: pathway.id,
                formId: form.formId,
              })}
            >
              {t.family.fill}: {toText(form.title, language)}
            </a>{' '}
            <span className="form-due-notes">({notes.join(', ')})</span>
          </li>
        );
      })}
    </ul>
  );
}
