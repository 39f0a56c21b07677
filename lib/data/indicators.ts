import "server-only";
import { parseSlug } from "../route-params";
import { cache } from "react";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { sourceSelect } from "./source-select";

const indicatorListSelect = {
  slug: true,
  titleFr: true,
  titleAr: true,
  descriptionFr: true,
  descriptionAr: true,
  unitFr: true,
  unitAr: true,
  baselineValue: true,
  targetValue: true,
  targetOn: true,
  values: { orderBy: { observedOn: "desc" }, take: 1, select: { value: true, observedOn: true } },
} satisfies Prisma.IndicatorSelect;

/** Every indicator with its target, baseline and latest value (one query), for the home and indicators pages. */
export async function findIndicators() {
  return db.indicator.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: indicatorListSelect });
}

const indicatorDetailSelect = {
  slug: true,
  titleFr: true,
  titleAr: true,
  descriptionFr: true,
  descriptionAr: true,
  unitFr: true,
  unitAr: true,
  baselineValue: true,
  targetValue: true,
  targetOn: true,
  updatedAt: true,
  project: { select: { slug: true, titleFr: true, titleAr: true } },
  values: {
    orderBy: { observedOn: "asc" },
    select: {
      observedOn: true,
      value: true,
      noteFr: true,
      noteAr: true,
      source: { select: sourceSelect },
    },
  },
} satisfies Prisma.IndicatorSelect;

/** One indicator with its whole history, oldest first. Cached per request (page + metadata). */
export const findIndicator = cache(async (slug: string) => {
  if (!parseSlug(slug)) return null; // not one of our slugs (e.g. a NUL byte): 404, no query
  return db.indicator.findUnique({ where: { slug }, select: indicatorDetailSelect });
});

export type IndicatorListItem = Awaited<ReturnType<typeof findIndicators>>[number];
export type IndicatorDetail = NonNullable<Awaited<ReturnType<typeof findIndicator>>>;
