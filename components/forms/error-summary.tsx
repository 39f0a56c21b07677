"use client";
import { useEffect, useRef } from "react";

/**
 * GOV.UK-style error summary: listed at the top, each entry links to its field, and it takes
 * focus when it appears so a screen reader announces it: through `autofocus` in the HTML on
 * public pages (they ship no script), and the effect below when a back-office form re-renders.
 */
export function ErrorSummary({ title, errors }: { title: string; errors: Array<{ field: string; message: string }> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} autoFocus role="alert" aria-labelledby="error-summary-title" className="mb-6 rounded border-4 border-red-700 p-4 focus:outline focus:outline-4 focus:outline-yellow-400">
      <h2 id="error-summary-title" className="text-lg font-bold text-red-800">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {errors.map((error) => (
          <li key={error.field}>
            <a href={`#${error.field}`} className="font-medium text-red-800 underline">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
