/**
 * Dates in open data. PostgreSQL DATE columns arrive as UTC midnight, so the UTC calendar
 * day is the stored day: formatting in local time could shift it by one.
 */
export function toIsoDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** An instant (timestamp column) in ISO 8601 UTC, e.g. 2013-06-07T12:00:00.000Z. */
export function toIsoDateTime(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}
