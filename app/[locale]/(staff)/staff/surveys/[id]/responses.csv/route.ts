import { getCurrentUser } from "@/lib/auth/current-user";
import { exportSurveyResponsesCsv } from "@/lib/data/surveys-admin-export";
import { isAppError } from "@/lib/errors";
import { parseSessionNumber } from "@/lib/route-params";

// A survey's responses as CSV (UTF-8 with BOM), for staff who run surveys. The session is
// checked here and the right in the data layer (which audits a refusal): 401 / 403 otherwise.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/staff/surveys/[id]/responses.csv">): Promise<Response> {
  const { id: raw } = await params;
  const id = parseSessionNumber(raw);
  if (id === null) return new Response("Not found", { status: 404 });
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401, headers: { "Cache-Control": "no-store" } });
  try {
    const { fileName, stream } = await exportSurveyResponsesCsv(user, id);
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        // Respondents' answers: never stored by a shared cache.
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error, "FORBIDDEN")) return new Response("Forbidden", { status: 403, headers: { "Cache-Control": "no-store" } });
    if (isAppError(error, "NOT_FOUND")) return new Response("Not found", { status: 404 });
    throw error;
  }
}
