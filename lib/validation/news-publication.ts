import { todayAsDate } from "../dates";

// News slugs and publication times: pure rules, tested in news-publication.test.ts.

/** "Le CIGOV tient sa 12e session !" -> "le-cigov-tient-sa-12e-session", ASCII only, for URLs. */
export function slugifyTitle(title: string, maxLength = 80): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/g, "");
}

/** "2013-06-07-cigov-11e-session": the date first, like the portal's existing news. */
export function newsSlugBase(publishedOn: Date, titleFr: string): string {
  const title = slugifyTitle(titleFr);
  return title ? `${publishedOn.toISOString().slice(0, 10)}-${title}` : publishedOn.toISOString().slice(0, 10);
}

/** The first of base, base-2, base-3... that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

/**
 * The publication instant for the day an editor chose. The form shows days, the column
 * holds an instant, and the public list hides items dated after now:
 * - the day the item already has keeps its exact instant (saving changes nothing);
 * - today means now, so an item published this morning is visible this morning;
 * - another day means noon UTC, the same calendar day in Morocco whatever its offset
 *   (as the seeded news); a future day is thus scheduled for midday.
 */
export function publicationInstant(day: Date, now: Date, current: Date | null = null): Date {
  if (current && todayAsDate(current).getTime() === day.getTime()) return current;
  if (todayAsDate(now).getTime() === day.getTime()) return now;
  return new Date(day.getTime() + 12 * 3_600_000);
}
