import { connection } from "next/server";
import { findIndicatorsForExport } from "@/lib/data/open-data";
import { publicBaseUrl } from "@/lib/env";
import { handleOpenData, jsonResponse } from "@/lib/open-data/http";
import { toIndicatorRecord } from "@/lib/open-data/indicator-records";

/** Every indicator with its target and the full history of its values. */
export async function GET() {
  return handleOpenData("GET /api/v1/indicators", async () => {
    await connection(); // read at request time, never frozen into the build
    const baseUrl = publicBaseUrl();
    const data = (await findIndicatorsForExport()).map((row) => toIndicatorRecord(row, { baseUrl }));
    return jsonResponse({ data, meta: { total: data.length }, links: { self: `${baseUrl}/api/v1/indicators` } });
  });
}
