import type { Member } from '../../api/types';
import type { Dictionary } from '../../i18n/Dictionary';

/** "Sara Hansen (Gravid)", "Barn af Sara (Ventet barn, termin 12. marts 2027)", "Ali (Barn, født 3. maj 2026)". */
export function describeMember(member: Member, t: Dictionary, date: (iso: string) => string): string {
  const details: string[] = [];
  if (isUnborn(member)) details.push(t.family.unborn);
  else details.push(t.family.roles[member.role]);
  if (member.birthDate) details.push(t.family.born(date(member.birthDate)));
  else if (member.dueDate) details.push(t.family.due(date(member.dueDate)));
  return `${member.name} (${details.join(', ')})`;
}

/** A child with a due date and no birth date yet. */
export function isUnborn(member: Member): boolean {
  return member.role === 'child' && !member.birthDate && Boolean(member.dueDate);
}
