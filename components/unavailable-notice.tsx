import type { ReactNode } from "react";

/** "Temporarily unavailable": the 503 page of a database outage and the pages' error boundary. */
export function UnavailableNotice({ title, body, action }: { title: string; body: string; action: ReactNode }) {
  return (
    <div className="space-y-4" data-unavailable>
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      <p>{body}</p>
      <p>{action}</p>
    </div>
  );
}
