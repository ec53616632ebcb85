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

/** The municipalities' time zone: "today" and "the day a step began" are Danish calendar days. */
export const TIME_ZONE = 'Europe/Copenhagen';
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Danish calendar date of an instant (00:30 in Copenhagen is already the new day). */
export function toIsoDate(instant: Date): string {
  const parts = Object.fromEntries(dayFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A date or an instant as a calendar date; null when it is neither. */
export function toCalendarDate(value: unknown): string | null {
  if (isIsoDate(value)) return value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : toIsoDate(instant);
}

/** Whole calendar months from `from` to `to` (an age in months); negative when `to` is earlier. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (months > 0 && addOffset(from, { months }) > to) months -= 1;
  if (months < 0 && addOffset(from, { months }) < to) months += 1;
  return months;
}

/** Days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
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
