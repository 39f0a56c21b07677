// Atom 1.0 (RFC 4287) documents, written by hand: the format is small and a template
// with one escaping function is easier to check than a dependency.

// Characters XML 1.0 forbids even when escaped (C0 controls other than tab, LF, CR;
// U+FFFE/U+FFFF; unpaired surrogates). One of them in a title would make the whole feed
// unreadable, so they are dropped.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export type AtomText = { text: string; lang: string };

export type AtomEntry = {
  /** Permanent identifier (IRI) of the entry. */
  id: string;
  title: AtomText;
  summary: AtomText;
  /** The entry's page. */
  url: string;
  /** A page the entry is about (a press article), if any. */
  relatedUrl?: string | null;
  published: Date;
  updated: Date;
  category?: string;
};

export type AtomFeed = {
  lang: string;
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  /** The HTML page that lists the same entries. */
  pageUrl: string;
  authorName: string;
  authorUri: string;
  rights: string;
  updated: Date;
  entries: AtomEntry[];
};

/** xml:lang only where a text's language differs from the feed's (a French fallback in the Arabic feed). */
function text(tag: string, value: AtomText, feedLang: string): string {
  const lang = value.lang === feedLang ? "" : ` xml:lang="${escapeXml(value.lang)}"`;
  return `<${tag} type="text"${lang}>${escapeXml(value.text)}</${tag}>`;
}

function renderEntry(entry: AtomEntry, feedLang: string): string {
  return [
    "  <entry>",
    `    <id>${escapeXml(entry.id)}</id>`,
    `    ${text("title", entry.title, feedLang)}`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
    ...(entry.relatedUrl ? [`    <link rel="related" href="${escapeXml(entry.relatedUrl)}"/>`] : []),
    `    <published>${entry.published.toISOString()}</published>`,
    `    <updated>${entry.updated.toISOString()}</updated>`,
    ...(entry.category ? [`    <category term="${escapeXml(entry.category)}"/>`] : []),
    `    ${text("summary", entry.summary, feedLang)}`,
    "  </entry>",
  ].join("\n");
}

export function renderAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <author><name>${escapeXml(feed.authorName)}</name><uri>${escapeXml(feed.authorUri)}</uri></author>`,
    `  <rights type="text">${escapeXml(feed.rights)}</rights>`,
    ...feed.entries.map((entry) => renderEntry(entry, feed.lang)),
    "</feed>",
    "",
  ].join("\n");
}

/** The feed's `updated`: the latest entry change, else the given fallback. */
export function latestUpdate(entries: AtomEntry[], fallback: Date): Date {
  return entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), entries.length ? new Date(0) : fallback);
}
