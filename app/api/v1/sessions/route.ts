import { connection } from "next/server";
import { findSessionsForExport } from "@/lib/data/open-data";
import { publicBaseUrl } from "@/lib/env";
import { handleOpenData, jsonResponse } from "@/lib/open-data/http";
import { toSessionRecord } from "@/lib/open-data/session-records";

/** Every committee session with its agenda, decisions and reviewed projects, oldest first. */
export async function GET() {
  return handleOpenData("GET /api/v1/sessions", async () => {
    await connection(); // read at request time, never frozen into the build
    const baseUrl = publicBaseUrl();
    const data = (await findSessionsForExport()).map((row) => toSessionRecord(row, { baseUrl }));
    return jsonResponse({ data, meta: { total: data.length }, links: { self: `${baseUrl}/api/v1/sessions` } });
  });
}
