import type { NextRequest } from "next/server";
import { findProjects } from "@/lib/data/projects";
import { todayAsDate } from "@/lib/dates";
import { publicBaseUrl } from "@/lib/env";
import { handleOpenData, jsonResponse } from "@/lib/open-data/http";
import { toProjectRecord } from "@/lib/open-data/project-columns";
import { parseProjectsQuery, projectsLinks } from "@/lib/open-data/projects-query";

/** One page of the roadmap as JSON, with the roadmap's filters (documented on /{locale}/open-data). */
export async function GET(request: NextRequest) {
  return handleOpenData("GET /api/v1/projects", async () => {
    const { filters, locale, ignored } = parseProjectsQuery(request.nextUrl.searchParams);
    // The same "today" as the roadmap page, so both count the same projects as late.
    const result = await findProjects(filters, locale, todayAsDate(), "replica"); // per request: may read a replica
    const baseUrl = publicBaseUrl();
    return jsonResponse({
      data: result.items.map((item) => toProjectRecord(item, { baseUrl })),
      meta: { total: result.total, page: result.page, perPage: filters.perPage, pageCount: result.pageCount, ignoredParameters: ignored },
      links: projectsLinks(baseUrl, filters, locale, result.pageCount),
    });
  });
}
