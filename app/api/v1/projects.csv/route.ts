import type { NextRequest } from "next/server";
import { todayAsDate } from "@/lib/dates";
import { publicBaseUrl } from "@/lib/env";
import { handleOpenData, OPEN_DATA_HEADERS } from "@/lib/open-data/http";
import { streamProjectsCsv } from "@/lib/open-data/projects-csv";
import { csvFileName, parseProjectsQuery } from "@/lib/open-data/projects-query";

/** Every project matching the roadmap's filters as CSV (columns: PROJECT_FIELDS, as in the JSON). */
export async function GET(request: NextRequest) {
  return handleOpenData("GET /api/v1/projects.csv", async () => {
    const { filters, locale, ignored } = parseProjectsQuery(request.nextUrl.searchParams);
    const now = new Date();
    const body = await streamProjectsCsv({
      filters,
      locale,
      today: todayAsDate(now), // as on the roadmap page, so both count the same projects as late
      baseUrl: publicBaseUrl(),
    });
    return new Response(body, {
      headers: {
        ...OPEN_DATA_HEADERS,
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": `attachment; filename="${csvFileName(now)}"`,
        ...(ignored.length ? { "X-Ignored-Parameters": ignored.join(",") } : {}),
      },
    });
  });
}
