// Posts of the collaborative space are markdown, rendered to HTML on the server. The
// output is inserted as HTML, so this file is the whole XSS defence for posts: raw HTML is
// never passed through (html: false escapes it as text) and a link is kept only when its
// URL is http(s) or mailto (an allow-list, so javascript:, data:, vbscript: and every
// obfuscated spelling of them fall out by construction). lib/markdown.test.ts renders a
// corpus of attacks and parses the output.
import MarkdownIt, { type MarkdownIt as Markdown, type Token } from "markdown-it";

const ALLOWED_URL = /^(?:https?:\/\/|mailto:)/i;

function createRenderer(): Markdown {
  const md = new MarkdownIt("default", { html: false, linkify: true, breaks: true, typographer: false });
  // Headings would break the page's outline (one h1, then h2s); images would let a post load
  // third-party content (tracking pixels) into every reader's browser; tables do not fit a phone.
  md.disable(["heading", "lheading", "image", "table", "html_block", "html_inline"]);
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  // markdown-it calls this with the normalized (percent-encoded) URL of every link and
  // autolink; a refused link is rendered as its literal text.
  md.validateLink = (url: string) => ALLOWED_URL.test(url.trim());
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    // Only the URL is kept (no title); posts are user content: no ranking credit for spam,
    // no window.opener for the target.
    token.attrs = (token.attrs ?? []).filter(([name]) => name === "href");
    token.attrSet("rel", "nofollow ugc noopener noreferrer");
    return defaultLinkOpen(tokens, index, options, env, self);
  };
  // Fenced code without its info string: a language class has no use here and is one less
  // place where typed text reaches an attribute.
  md.renderer.rules.fence = (tokens, index) => `<pre><code>${md.utils.escapeHtml(tokens[index]!.content)}</code></pre>\n`;
  return md;
}

const renderer = createRenderer();

/** Safe HTML for a post body (see the file comment for what is allowed). */
export function renderMarkdown(source: string): string {
  return renderer.render(source);
}

function collectText(tokens: Token[], out: string[]): void {
  for (const token of tokens) {
    if (token.type === "text" || token.type === "code_inline" || token.type === "code_block" || token.type === "fence") out.push(token.content);
    else if (token.type === "softbreak" || token.type === "hardbreak" || token.type === "paragraph_close") out.push(" ");
    if (token.children) collectText(token.children, out);
  }
}

/** The words of a post without markup, cut at `max` characters: for quotes, feeds and search results. */
export function markdownExcerpt(source: string, max = 280): string {
  const out: string[] = [];
  collectText(renderer.parse(source, {}), out);
  const text = out.join("").replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
