import type { Locale } from "./routing";

// One JSON file per namespace and locale (messages/<locale>/<namespace>.json), so that
// features can add their strings without editing one shared file.
export const namespaces = ["meta", "layout", "home", "status", "notFound", "roadmap", "project", "openData", "governance", "organizations", "sessions", "indicators", "news", "breadcrumb", "sources", "unavailable", "auth", "forms", "staff", "surveys", "space"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    namespaces.map(async (namespace) => [namespace, (await import(`../../messages/${locale}/${namespace}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
