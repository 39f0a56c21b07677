import "server-only";
import { db } from "../db";

/** The survey currently open to answers (the most recently opened), if any. */
export async function findOpenSurvey(now: Date) {
  return db.survey.findFirst({
    where: { opensAt: { lte: now }, OR: [{ closesAt: null }, { closesAt: { gt: now } }] },
    orderBy: { opensAt: "desc" },
    select: { slug: true, titleFr: true, titleAr: true, descriptionFr: true, descriptionAr: true, closesAt: true, isIllustrative: true },
  });
}
