import { z } from "zod";
import { NewsKind } from "../generated/prisma/enums";
import { checkbox, loadedAt, optionalDay, optionalText, optionalUrl, requiredDay, requiredText, requireFrenchWithArabic } from "./content-fields";

// A news item: an announcement of the programme, or a press review that summarises one
// article and cites it as its source.

export const NEWS_FIELDS = [
  "kind",
  "titleFr",
  "titleAr",
  "summaryFr",
  "summaryAr",
  "bodyFr",
  "bodyAr",
  "publishedOn",
  "sessionNumber",
  "sourceTitle",
  "sourcePublisher",
  "sourceUrl",
  "sourcePublishedOn",
] as const;

const newsFields = {
  kind: z.enum(NewsKind, { message: "errors.choiceInvalid" }),
  titleFr: requiredText(200, "errors.titleRequired"),
  titleAr: optionalText(200),
  summaryFr: requiredText(600, "errors.summaryRequired"),
  summaryAr: optionalText(600),
  bodyFr: requiredText(20_000, "errors.bodyRequired"),
  bodyAr: optionalText(20_000),
  publishedOn: requiredDay,
  sessionNumber: z
    .string()
    .trim()
    .regex(/^\d{0,3}$/, "errors.choiceInvalid")
    .transform((value) => (value === "" ? null : Number(value))),
  projectSlugs: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,119}$/, "errors.choiceInvalid")).max(100),
  sourceTitle: optionalText(300),
  sourcePublisher: optionalText(200),
  sourceUrl: optionalUrl,
  sourcePublishedOn: optionalDay,
};

type NewsShape = { kind: NewsKind; sourceTitle: string | null; sourcePublisher: string | null; sourceUrl: string | null; sourcePublishedOn: Date | null };

function refineNews(value: NewsShape & Record<string, unknown>, context: z.RefinementCtx): void {
  requireFrenchWithArabic(value, context, [
    ["titleFr", "titleAr"],
    ["summaryFr", "summaryAr"],
    ["bodyFr", "bodyAr"],
  ]);
  // A press review is only as good as the article it reviews: it must say which one. The
  // address stays optional, since some dispatches were never online.
  if (value.kind === "PRESS_REVIEW" && !value.sourceTitle) context.addIssue({ code: "custom", path: ["sourceTitle"], message: "errors.pressReviewNeedsSource" });
  else if (!value.sourceTitle && (value.sourcePublisher || value.sourceUrl || value.sourcePublishedOn)) context.addIssue({ code: "custom", path: ["sourceTitle"], message: "errors.sourceTitleRequired" });
}

export const newsCreateSchema = z.object({ ...newsFields, isPublished: checkbox }).superRefine(refineNews);
export const newsUpdateSchema = z.object({ ...newsFields, loadedAt }).superRefine(refineNews);

export type NewsInput = z.infer<typeof newsCreateSchema>;
export type NewsUpdateInput = z.infer<typeof newsUpdateSchema>;
export type NewsContentInput = Omit<NewsInput, "isPublished">;

/** The form's fields as the schema reads them; linked projects are repeated checkboxes. */
export function newsFormInput(formData: FormData, extra: readonly string[]): Record<string, unknown> {
  const names = [...NEWS_FIELDS, ...extra];
  return { ...Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")])), projectSlugs: formData.getAll("projectSlugs").map(String) };
}
