import type { ReactNode } from "react";

/**
 * A data table that scrolls inside its own region on a phone instead of widening the page
 * (WCAG 1.4.10 allows it for tables). The region is positioned, so visually hidden text
 * inside (position: absolute) stays in it instead of widening the page; it is focusable
 * so keyboard users can scroll it, and named by the table's caption. The caption is shown
 * above the region rather than inside the table, so it does not scroll out of view with a
 * wide table; assistive technologies get it once, as the table's own <caption>.
 */
export function ScrollTable({ captionId, caption, children, testId }: { captionId: string; caption: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <div className="space-y-1">
      <p aria-hidden="true" className="font-semibold text-brand-900">
        {caption}
      </p>
      <div role="region" aria-labelledby={captionId} tabIndex={0} className="relative max-w-full overflow-x-auto rounded border border-slate-200">
        <table className="w-full border-collapse text-sm" data-testid={testId}>
          <caption id={captionId} className="sr-only">
            {caption}
          </caption>
          {children}
        </table>
      </div>
    </div>
  );
}

export const tableClasses = {
  th: "border-b border-slate-300 bg-slate-50 px-3 py-2 text-start font-semibold text-slate-800",
  rowHeader: "border-b border-slate-200 px-3 py-2 text-start align-top font-medium",
  td: "border-b border-slate-200 px-3 py-2 text-start align-top",
};
