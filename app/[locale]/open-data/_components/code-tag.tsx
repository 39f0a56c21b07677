import type { ReactNode } from "react";

/**
 * The <code> tag of the open-data messages: field names, codes and formats, isolated
 * left-to-right so that "2010-02-22" or "meta.total" read the same inside Arabic text.
 */
export const codeTag = {
  code: (chunks: ReactNode) => (
    <code dir="ltr" className="whitespace-nowrap rounded bg-slate-100 px-1 font-mono text-[0.8125rem] text-slate-900">
      {chunks}
    </code>
  ),
};
