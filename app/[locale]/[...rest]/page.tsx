import { notFound } from "next/navigation";

// Depends on the visitor (query string, session or cookie): rendered for each request, never cached.
export const dynamic = "force-dynamic";

// Any unknown path under a locale gets that locale's 404 page.
export default function CatchAll(): never {
  notFound();
}
