import type { ReactNode } from "react";

export const resultCell = {
  th: "border-b-2 border-slate-300 bg-slate-50 p-2 align-bottom font-semibold",
  rowHeader: "border-b border-slate-200 p-2 text-start align-top font-normal",
  count: "border-b border-slate-200 p-2 text-end align-top tabular-nums",
  share: "w-2/5 border-b border-slate-200 p-2 align-top",
};

/** A results table: caption (visually hidden: the question above names it), then rows. */
export function ResultsTable({ caption, head, children, testId }: { caption: string; head: [string, string, string]; children: ReactNode; testId?: string }) {
  return (
    <table className="w-full border-collapse text-sm" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${resultCell.th} text-start`}>
            {head[0]}
          </th>
          <th scope="col" className={`${resultCell.th} text-end`}>
            {head[1]}
          </th>
          <th scope="col" className={`${resultCell.th} text-start`}>
            {head[2]}
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
