import { useState } from 'react';
import type { Family } from '../../api/types';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { describeMember, isUnborn } from './describeMember';
import { RegisterBirthForm } from './RegisterBirthForm';

/** The family's members; an expected child can have its birth registered here. */
export function MemberList({ family, onChange }: { family: Family; onChange: (family: Family) => void }) {
  const { t, language } = useLanguage();
  const [open, setOpen] = useState<string | undefined>(undefined);
  return (
    <ul className="member-list">
      {family.members.map((member) => (
        <li key={member.id}>
          {describeMember(member, t, (d) => formatDate(d, language))}
          {isUnborn(member) ? (
            open === member.id ? (
              <RegisterBirthForm
                family={family}
                member={member}
                onDone={(updated) => {
                  setOpen(undefined);
                  if (updated) onChange(updated);
                }}
              />
            ) : (
              <>
                {' '}
                <button
                  type="button"
                  className="button button-tertiary"
                  aria-label={t.family.registerBirthFor(member.name)}
                  onClick={() => setOpen(member.id)}
                >
                  {t.family.registerBirth}
                </button>
              </>
            )
          ) : null}
        </li>
      ))}
    </ul>
  );
}
