import "server-only";
import { findProjects } from "../data/projects";
import type { Locale } from "../i18n/routing";
import type { RoadmapFilters } from "../validation/roadmap";
import { toCsvRecords, UTF8_BOM } from "./csv";
import { PROJECT_FIELD_KEYS, toProjectRow } from "./project-columns";

// Rows fetched per query: the whole roadmap is streamed in batches, so memory stays flat
// however many projects there are.
const BATCH_SIZE = 500;

type CsvExport = { filters: RoadmapFilters; locale: Locale; today: Date; baseUrl: string; batchSize?: number };

/**
 * Every project matching the filters, in the filters' order, as a UTF-8 CSV stream: BOM,
 * header row (PROJECT_FIELD_KEYS), then one row per project, all CRLF-terminated. It pages
 * through findProjects, the roadmap's own query. The first batch is read before the stream
 * is returned: if the database fails, the caller can still answer with an error instead of
 * a 200 and a truncated file.
 */
export async function streamProjectsCsv({ filters, locale, today, baseUrl, batchSize = BATCH_SIZE }: CsvExport): Promise<ReadableStream<Uint8Array>> {
  const fetchBatch = async (page: number) => {
    const result = await findProjects({ ...filters, page, perPage: batchSize }, locale, today, "replica"); // per request: may read a replica
    return result.items.map((item) => toProjectRow(item, { baseUrl }));
  };
  const first = await fetchBatch(1);
  const encoder = new TextEncoder();
  let page = 1;
  // Set when the client goes away mid-download: the batch then being read is dropped, not
  // written to a closed stream (which used to be logged as a failure).
  let isCancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + toCsvRecords([PROJECT_FIELD_KEYS]) + toCsvRecords(first)));
      if (first.length < batchSize) controller.close();
    },
    async pull(controller) {
      try {
        page += 1;
        const rows = await fetchBatch(page);
        if (isCancelled) return;
        if (rows.length) controller.enqueue(encoder.encode(toCsvRecords(rows)));
        if (rows.length < batchSize) controller.close();
      } catch (error) {
        console.error("[open-data] projects CSV failed while streaming:", error);
        controller.error(error);
      }
    },
    cancel() {
      isCancelled = true;
    },
  });
}
