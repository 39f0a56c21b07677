// Routes that server.mjs answers itself, without Next's request handling. Bundled on its own
// at build time (scripts/lib/build.ts: `<build folder>/egov-direct-routes.mjs`) because
// server.mjs runs plain Node, which cannot load this TypeScript.
//
// Only a route whose cost is dominated by Next's per-request work belongs here, and only as a
// plain Request → Response function that its Next route calls too, so both answer alike:
// today, survey submissions through the API (docs/surveys.md, "Submission throughput").
// The database client is the process's one (globalThis.prisma, lib/db.ts), shared with Next.
import { MAX_BODY_BYTES } from "../surveys/api-http";
import { answerSurveySubmission } from "../surveys/api-submission";

export type DirectRoute = {
  handle: (request: Request) => Promise<Response>;
  /** The route's own body limit: server.mjs reads at most one byte more, the route refuses it (413). */
  bodyLimit: number;
};

const SURVEY_RESPONSES = /^\/api\/v1\/surveys\/([^/]+)\/responses$/;

/** The direct handler of this request, or null for Next to answer it. `pathname`: without the query. */
export function directRouteFor(method: string, pathname: string): DirectRoute | null {
  if (method !== "POST") return null;
  const match = SURVEY_RESPONSES.exec(pathname);
  if (!match) return null;
  let id: string;
  try {
    id = decodeURIComponent(match[1]!); // as Next decodes a route parameter
  } catch {
    return null; // a malformed escape: Next answers it as it would any other route
  }
  return { handle: (request) => answerSurveySubmission(request, id), bodyLimit: MAX_BODY_BYTES };
}
