import "server-only";
import { db } from "../db";
import { lateCondition } from "./projects";

export type ProjectFigures = {
  total: number;
  flagships: number;
  operational: number;
  late: number;
};

/** Headline project figures in one query; "late" is derived from dates, never stored. */
export async function countProjectFigures(today: Date): Promise<ProjectFigures> {
  const rows = await db.$queryRaw<Array<{ total: bigint; flagships: bigint; operational: bigint; late: bigint }>>`
    SELECT count(*) AS total,
           count(*) FILTER (WHERE p."isFlagship") AS flagships,
           count(*) FILTER (WHERE p."status" = 'OPERATIONAL') AS operational,
           count(*) FILTER (WHERE ${lateCondition(today)}) AS late
    FROM "Project" p`;
  const row = rows[0];
  return {
    total: Number(row?.total ?? 0),
    flagships: Number(row?.flagships ?? 0),
    operational: Number(row?.operational ?? 0),
    late: Number(row?.late ?? 0),
  };
}

export async function findProgramme() {
  return db.programme.findFirst({
    orderBy: { id: "asc" },
    select: {
      nameFr: true,
      nameAr: true,
      planNameFr: true,
      planNameAr: true,
      summaryFr: true,
      summaryAr: true,
      purposeFr: true,
      purposeAr: true,
      planAxisNumber: true,
      planAxisCount: true,
      startYear: true,
      endYear: true,
      targetProjects: true,
      targetFlagships: true,
      budgetAmount: true,
      budgetCurrency: true,
    },
  });
}
