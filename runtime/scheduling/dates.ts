import type { Offset } from '../definitions/types';

/** Dates in the domain are calendar dates (birth date, due date, visit date): ISO `YYYY-MM-DD`, no time zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The calendar date of an instant, in UTC. */
export function toIsoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * Adds an offset to a calendar date. Months are calendar months: a day that does not exist in the target
 * month is clamped to its last day (31 January + 1 month = 28/29 February), as a health visitor would count.
 */
export function addOffset(date: string, offset: Offset): string {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const totalMonths = y * 12 + (m - 1) + (offset.years ?? 0) * 12 + (offset.months ?? 0);
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(Date.UTC(year, month, Math.min(d, lastDay)));
  result.setUTCDate(result.getUTCDate() + (offset.weeks ?? 0) * 7 + (offset.days ?? 0));
  return toIsoDate(result);
}
