import { answerSurveySubmission } from "@/lib/surveys/api-submission";

/**
 * Submits one survey response (JSON). In production server.mjs answers this route itself with
 * the same function (lib/http/direct-routes.ts); this route answers in development and when
 * that bundle is missing.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/v1/surveys/[id]/responses">) {
  return answerSurveySubmission(request, (await params).id);
}
