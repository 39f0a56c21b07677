import "server-only";
import { db } from "../db";

/** Indicators with their most recent value (one query: the latest value per indicator). */
export async function findIndicatorSummaries() {
  return db.indicator.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      titleFr: true,
      titleAr: true,
      unitFr: true,
      unitAr: true,
      targetValue: true,
      targetOn: true,
      values: { orderBy: { observedOn: "desc" }, take: 1, select: { value: true, observedOn: true } },
    },
  });
}
