import { errorResponse } from "@/lib/open-data/http";

// An unknown open-data address answers in the API's JSON error format, not with an HTML page.
export function GET() {
  return errorResponse(404, "not_found", "No such endpoint. The open-data endpoints are listed on /fr/open-data.");
}
