import { findOpenSurveysWithQuestions } from "@/lib/data/surveys";
import { publicBaseUrl } from "@/lib/env";
import { handleOpenData, jsonResponse } from "@/lib/open-data/http";
import { toSurveyRecord } from "@/lib/surveys/api-records";

/** Open surveys with their questions and options in both languages (documented on /{locale}/open-data). */
export async function GET() {
  return handleOpenData("GET /api/v1/surveys", async () => {
    const surveys = await findOpenSurveysWithQuestions(new Date());
    const baseUrl = publicBaseUrl();
    return jsonResponse({ data: surveys.map((survey) => toSurveyRecord(survey, baseUrl)), meta: { total: surveys.length } });
  });
}
