import type { Offset } from '../definitions/types';

/** Dates in the domain are calendar dates (birth date, due date, visit date): ISO `YYYY-MM-DD`, no time zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10) return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm): date math without Date objects. */
function toDayNumber(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The municipalities' time zone: "today" and "the day a step began" are Danish calendar days. */
export const TIME_ZONE = 'Europe/Copenhagen';
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

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
  const day = (date: string) =>
    toDayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
  return day(to) - day(from);
}

/**
 * Adds an offset to a calendar date. Months are calendar months: a day that does not exist in the target
 * month is clamped to its last day (31 January + 1 month = 28/29 February), as a health visitor would count.
 */
export function addOffset(date: string, offset: Offset): string {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: ${String(date)}`);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const totalMonths = y * 12 + (m - 1) + (offset.years ?? 0) * 12 + (offset.months ?? 0);
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths - year * 12 + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return fromDayNumber(toDayNumber(year, month, day) + (offset.weeks ?? 0) * 7 + (offset.days ?? 0));
}
