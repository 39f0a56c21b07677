// A small survey with one question of each kind, written straight to the test database,
// for the survey integration tests. Each test file uses its own slugs.
import type { PrismaClient } from "../../lib/generated/prisma/client";

export type SurveyFixture = {
  id: number;
  slug: string;
  single: { id: number; options: number[] };
  multiple: { id: number; options: number[] };
  rating: { id: number };
  project: { id: number; projectId: number };
  text: { id: number };
};

const HOUR = 3_600_000;

export async function createSurveyFixture(
  db: PrismaClient,
  slug: string,
  dates: { opensAt?: Date | null; closesAt?: Date | null; resultsPublishedAt?: Date | null; projectSlug?: string } = {},
): Promise<SurveyFixture> {
  const now = Date.now();
  const project = await db.project.findFirstOrThrow({ where: dates.projectSlug ? { slug: dates.projectSlug } : {}, orderBy: { id: "asc" }, select: { id: true } });
  const survey = await db.survey.create({
    data: {
      slug,
      kind: "SITE_FEEDBACK",
      titleFr: `Enquête de test ${slug}`,
      titleAr: `استطلاع تجريبي ${slug}`,
      descriptionFr: "Pour les tests.",
      opensAt: dates.opensAt === undefined ? new Date(now - HOUR) : dates.opensAt,
      closesAt: dates.closesAt ?? null,
      resultsPublishedAt: dates.resultsPublishedAt ?? null,
      questions: {
        create: [
          { position: 1, kind: "SINGLE_CHOICE", promptFr: "Choix unique", isRequired: true, options: { create: [1, 2, 3].map((p) => ({ position: p, labelFr: `Option ${p}` })) } },
          {
            position: 2,
            kind: "MULTIPLE_CHOICE",
            promptFr: "Choix multiple",
            isRequired: true,
            minChoices: 1,
            maxChoices: 2,
            options: { create: [1, 2, 3, 4].map((p) => ({ position: p, labelFr: `Case ${p}` })) },
          },
          { position: 3, kind: "RATING", promptFr: "Note", isRequired: true },
          { position: 4, kind: "PROJECT_RATING", promptFr: "Pertinence", isRequired: false, projectId: project.id },
          { position: 5, kind: "FREE_TEXT", promptFr: "Commentaire", isRequired: false, maxLength: 200 },
        ],
      },
    },
    select: { id: true, slug: true, questions: { orderBy: { position: "asc" }, select: { id: true, options: { orderBy: { position: "asc" }, select: { id: true } } } } },
  });
  const [single, multiple, rating, projectRating, text] = survey.questions as [typeof survey.questions[number], ...typeof survey.questions];
  return {
    id: survey.id,
    slug: survey.slug,
    single: { id: single.id, options: single.options.map((o) => o.id) },
    multiple: { id: multiple!.id, options: multiple!.options.map((o) => o.id) },
    rating: { id: rating!.id },
    project: { id: projectRating!.id, projectId: project.id },
    text: { id: text!.id },
  };
}

/** A valid set of answers for the fixture, as the API would send it. */
export function validAnswers(f: SurveyFixture, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { [f.single.id]: f.single.options[0], [f.multiple.id]: [f.multiple.options[0]], [f.rating.id]: 4, ...overrides };
}
