import type { ReactNode } from "react";

/** A state of the survey page instead of the form: already answered, closed, not yet open, thanks. */
export function SurveyNotice({ title, tone, children, testId }: { title: string; tone: "success" | "info"; children: ReactNode; testId?: string }) {
  const colours = tone === "success" ? "border-emerald-700 bg-emerald-50" : "border-brand-700 bg-brand-50";
  return (
    <section aria-labelledby="survey-notice-title" className={`max-w-3xl space-y-3 rounded border-s-4 p-5 ${colours}`} data-testid={testId}>
      <h2 id="survey-notice-title" className="text-2xl font-semibold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
