import { renderMarkdown } from "@/lib/markdown";

// Styles for the few elements lib/markdown.ts lets through (no typography plugin needed).
const PROSE =
  "break-words [&_a]:text-brand-800 [&_a]:underline [&_blockquote]:my-2 [&_blockquote]:border-s-4 [&_blockquote]:border-slate-300 [&_blockquote]:ps-3 [&_blockquote]:text-slate-700 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.95em] [&_hr]:my-3 [&_li]:my-0.5 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:ps-6 [&_p]:my-2 [&_pre]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3 [&_pre_code]:bg-transparent [&_pre_code]:p-0 [&_ul]:my-2 [&_ul]:list-disc [&_ul]:ps-6";

/**
 * A post's markdown as HTML. The HTML comes from lib/markdown.ts (raw HTML disabled, links
 * limited to http(s) and mailto, tested against an XSS corpus), which is why it may be
 * inserted as is. dir="auto": a post takes its own writing direction, whatever the page's.
 */
export function PostBody({ body, className = "" }: { body: string; className?: string }) {
  return <div dir="auto" className={`${PROSE} ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(body) }} />;
}
