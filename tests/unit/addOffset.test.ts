import { describe, expect, it } from 'vitest';
import { addOffset, isIsoDate, toIsoDate } from '../../runtime';

describe('addOffset counts calendar time as a health visitor would', () => {
  it.each([
    {
      from: '2027-01-31',
      offset: { months: 1 },
      to: '2027-02-28',
      why: 'clamps to the end of a short month',
    },
    {
      from: '2028-01-31',
      offset: { months: 1 },
      to: '2028-02-29',
      why: 'clamps to 29 February in a leap year',
    },
    { from: '2027-03-31', offset: { months: 3 }, to: '2027-06-30', why: 'clamps to a 30-day month' },
    { from: '2027-01-30', offset: { months: 1 }, to: '2027-02-28', why: 'clamps any day past the month end' },
    { from: '2027-02-28', offset: { months: 1 }, to: '2027-03-28', why: 'keeps the day when it exists' },
    { from: '2027-11-15', offset: { months: 3 }, to: '2028-02-15', why: 'crosses the year end' },
    { from: '2027-12-20', offset: { months: 12 }, to: '2028-12-20', why: 'counts 12 months as a year' },
    { from: '2028-02-29', offset: { years: 1 }, to: '2029-02-28', why: 'clamps a leap day in a common year' },
    { from: '2028-02-29', offset: { years: 4 }, to: '2032-02-29', why: 'keeps a leap day four years on' },
  ])('$from + $offset = $to ($why)', ({ from, offset, to }) => {
    expect(addOffset(from, offset)).toBe(to);
  });

  it.each([
    { from: '2027-01-10', offset: { weeks: 2 }, to: '2027-01-24' },
    { from: '2027-12-25', offset: { days: 10 }, to: '2028-01-04' },
    { from: '2028-02-28', offset: { days: 1 }, to: '2028-02-29' },
    { from: '2027-02-28', offset: { days: 1 }, to: '2027-03-01' },
    { from: '2100-02-28', offset: { days: 1 }, to: '2100-03-01' },
    { from: '2000-02-28', offset: { days: 1 }, to: '2000-02-29' },
    { from: '2027-03-27', offset: { days: 2 }, to: '2027-03-29' },
  ])(
    '$from + $offset = $to (weeks and days are exact, across months, years and DST)',
    ({ from, offset, to }) => {
      expect(addOffset(from, offset)).toBe(to);
    },
  );

  it.each([
    { from: '2027-03-31', offset: { months: -1 }, to: '2027-02-28' },
    { from: '2027-01-15', offset: { months: -2 }, to: '2026-11-15' },
    { from: '2028-03-01', offset: { days: -1 }, to: '2028-02-29' },
    { from: '2027-06-30', offset: { days: -14 }, to: '2027-06-16' },
    { from: '2027-01-03', offset: { weeks: -1 }, to: '2026-12-27' },
  ])('$from + $offset = $to (negative offsets count back)', ({ from, offset, to }) => {
    expect(addOffset(from, offset)).toBe(to);
  });

  it('adds months first, then weeks and days, so the clamped month end moves on', () => {
    expect(addOffset('2027-01-31', { months: 1, days: 1 })).toBe('2027-03-01');
    expect(addOffset('2027-01-31', { years: 1, months: 1, weeks: 1 })).toBe('2028-03-07');
  });

  it('returns the date itself for an empty offset', () => {
    expect(addOffset('2027-05-17', {})).toBe('2027-05-17');
  });

  it.each(['2027-02-30', '2027-13-01', '27-01-01', '2027-1-5', '2027-01-10T00:00:00Z', ''])(
    'refuses %j, which is not an ISO calendar date',
    (date) => {
      expect(() => addOffset(date, { days: 1 })).toThrow(RangeError);
    },
  );
});

describe('isIsoDate and toIsoDate', () => {
  it.each(['2027-01-10', '2028-02-29', '2000-02-29'])('accepts the calendar date %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each(['2027-02-29', '1900-02-29', '2027-04-31', '2027-00-10', '10-01-2027', 20270110, null, undefined])(
    'rejects %j',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it('gives the Danish calendar date of an instant: 00:30 in Copenhagen is already the next day', () => {
    expect(toIsoDate(new Date('2027-01-10T22:30:00Z'))).toBe('2027-01-10');
    expect(toIsoDate(new Date('2027-01-10T23:30:00Z'))).toBe('2027-01-11');
    expect(toIsoDate(new Date('2027-07-10T21:59:00Z'))).toBe('2027-07-10');
    expect(toIsoDate(new Date('2027-07-10T22:00:00Z'))).toBe('2027-07-11');
  });
});
