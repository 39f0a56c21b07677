/** Largest number accepted in a path or query: beyond it PostgreSQL's int4 would overflow. */
const MAX_INT = 2_147_483_647;

function parsePositiveInteger(value: string): number | null {
  // Digits only, no leading zero, no sign or exponent: "011", "1e1", "+1" and "1.0" are not numbers here.
  if (!/^[1-9]\d{0,9}$/.test(value)) return null;
  const number = Number(value);
  return number <= MAX_INT ? number : null;
}

/** A session number from the URL (`/sessions/11`); anything else is null, which the page turns into a 404. */
export function parseSessionNumber(value: string): number | null {
  return parsePositiveInteger(value);
}

/**
 * The `?page=` of a paginated list: absent means 1; a value that is not a page number is
 * null (the page answers 404 rather than silently showing another page).
 */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (Array.isArray(value)) return null;
  return parsePositiveInteger(value);
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

/**
 * A slug from the URL, or null: our slugs are lowercase ASCII words and hyphens, so
 * anything else (a NUL byte that PostgreSQL would refuse, a path trick, a 10 KB string)
 * is a 404 without a query.
 */
export function parseSlug(value: string): string | null {
  return SLUG.test(value) ? value : null;
}
