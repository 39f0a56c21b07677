import type { PublicSurvey } from "../data/surveys";
import { DEFAULT_TEXT_MAX_LENGTH, RATING_MAX, RATING_MIN } from "../validation/survey-response";

/**
 * A survey as GET /api/v1/surveys lists it: everything a client needs to show the questions
 * and build a valid submission (ids, kinds, limits, options), in French and Arabic.
 */
export function toSurveyRecord(survey: PublicSurvey, baseUrl: string) {
  return {
    id: survey.id,
    slug: survey.slug,
    kind: survey.kind,
    titleFr: survey.titleFr,
    titleAr: survey.titleAr,
    descriptionFr: survey.descriptionFr,
    descriptionAr: survey.descriptionAr,
    isIllustrative: survey.isIllustrative,
    opensAt: survey.opensAt?.toISOString() ?? null,
    closesAt: survey.closesAt?.toISOString() ?? null,
    url: `${baseUrl}/fr/surveys/${survey.slug}`,
    urlAr: `${baseUrl}/ar/surveys/${survey.slug}`,
    responsesUrl: `${baseUrl}/api/v1/surveys/${survey.id}/responses`,
    questions: survey.questions.map((q) => {
      const isChoice = q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE";
      const isRating = q.kind === "RATING" || q.kind === "PROJECT_RATING";
      return {
        id: q.id,
        position: q.position,
        kind: q.kind,
        promptFr: q.promptFr,
        promptAr: q.promptAr,
        helpFr: q.helpFr,
        helpAr: q.helpAr,
        isRequired: q.isRequired,
        minChoices: q.kind === "MULTIPLE_CHOICE" ? Math.max(1, q.minChoices ?? 1) : null,
        maxChoices: q.kind === "MULTIPLE_CHOICE" ? Math.min(q.options.length, q.maxChoices ?? q.options.length) : null,
        ratingMin: isRating ? RATING_MIN : null,
        ratingMax: isRating ? RATING_MAX : null,
        maxLength: q.kind === "FREE_TEXT" ? (q.maxLength ?? DEFAULT_TEXT_MAX_LENGTH) : null,
        project: q.project ? { slug: q.project.slug, titleFr: q.project.titleFr, titleAr: q.project.titleAr, url: `${baseUrl}/fr/projects/${q.project.slug}` } : null,
        options: isChoice ? q.options.map((o) => ({ id: o.id, position: o.position, labelFr: o.labelFr, labelAr: o.labelAr })) : [],
      };
    }),
  };
}
