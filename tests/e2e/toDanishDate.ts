/** A date as the app writes it in Danish ("12. marts 2027"); ISO dates are read as calendar dates. */
export function toDanishDate(date: Date | string): string {
  return new Intl.DateTimeFormat('da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date);
}

/** The ISO date (YYYY-MM-DD) of a moment, in UTC, as the server's fake clock gives it. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
