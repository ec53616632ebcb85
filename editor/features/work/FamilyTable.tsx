import type { ReactNode } from 'react';
import type { Member } from '../../api/types';
import { toHref } from '../../app/routes';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { describeMember } from './describeMember';

interface FamilyRow {
  id: string;
  name: string;
  members: Member[];
}

/** A table of families: name linking to the family page, members, and one column the caller chooses. */
export function FamilyTable<T extends FamilyRow>(props: {
  families: T[];
  caption: string;
  className: string;
  headings: { name: string; members: string; last: string };
  last: (family: T) => ReactNode;
}) {
  const { t, language } = useLanguage();
  const date = (iso: string) => formatDate(iso, language);
  return (
    <table className={`table table--zebra ${props.className}`}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.headings.name}</th>
          <th scope="col">{props.headings.members}</th>
          <th scope="col">{props.headings.last}</th>
        </tr>
      </thead>
      <tbody>
        {props.families.map((family) => (
          <tr key={family.id}>
            <th scope="row">
              <a href={toHref({ name: 'family', familyId: family.id })}>{family.name}</a>
            </th>
            <td>
              <ul className="unstyled-list">
                {family.members.map((member) => (
                  <li key={member.id}>{describeMember(member, t, date)}</li>
                ))}
              </ul>
            </td>
            <td>{props.last(family)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
