// The post renderer against a corpus of XSS attempts: the output is parsed as a browser
// would (parse5, the WHATWG HTML parser) and every element, attribute and URL is checked
// against what a post may contain. A single executable construct fails the test.
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { markdownExcerpt, renderMarkdown } from "./markdown";

type Node = { nodeName: string; tagName?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Node[]; content?: Node };

const ALLOWED_ELEMENTS = new Set(["p", "br", "strong", "em", "s", "a", "ul", "ol", "li", "code", "pre", "blockquote", "hr"]);
const ALLOWED_ATTRIBUTES: Record<string, RegExp> = {
  "a.href": /^(?:https?:\/\/|mailto:)/i,
  "a.rel": /^nofollow ugc noopener noreferrer$/,
  "ol.start": /^\d+$/,
};

/** Every problem found in the HTML: disallowed elements, attributes or URLs. */
function problemsIn(html: string): string[] {
  const problems: string[] = [];
  const visit = (node: Node) => {
    if (node.tagName) {
      if (!ALLOWED_ELEMENTS.has(node.tagName)) problems.push(`element <${node.tagName}>`);
      for (const attr of node.attrs ?? []) {
        const rule = ALLOWED_ATTRIBUTES[`${node.tagName}.${attr.name}`];
        if (!rule) problems.push(`attribute ${node.tagName}[${attr.name}]`);
        else if (!rule.test(attr.value)) problems.push(`value ${node.tagName}[${attr.name}=${JSON.stringify(attr.value)}]`);
        if (/^on/i.test(attr.name)) problems.push(`event handler ${attr.name}`);
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content); // <template> contents
  };
  visit(parseFragment(html) as unknown as Node);
  return problems;
}

const CORPUS = [
  // Raw HTML of every kind.
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  '<img src="x" onerror="alert(1)"//',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<a href="javascript:alert(1)">x</a>',
  '<div onmouseover="alert(1)">x</div>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  '<embed src="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  "<style>body{background:url(javascript:alert(1))}</style>",
  "<link rel=stylesheet href=https://evil.example/x.css>",
  '<details open ontoggle="alert(1)">',
  '<input autofocus onfocus="alert(1)">',
  "<!-- x --><script>alert(1)</script>",
  // Broken and nested markup.
  "<<script>script>alert(1)<</script>/script>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "</p><script>alert(1)</script><p>",
  '<a href="https://example.org" onclick="alert(1)"',
  "**<i onclick=alert(1)>bold**</i>",
  "> <img src=x onerror=alert(1)>\n>> <script>alert(1)</script>",
  "- <svg/onload=alert(1)>\n  - [x](javascript:alert(1))",
  "<textarea><script>alert(1)</script></textarea>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  // Markdown links and images.
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x]( javascript:alert(1))",
  "[x](<javascript:alert(1)>)",
  "[x](jav&#x09;ascript:alert(1))",
  "[x](jav&#9;ascript:alert(1))",
  "[x](java&#x0A;script:alert(1))",
  "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
  "[x](javascript&colon;alert(1))",
  "[x](\\javascript:alert(1))",
  "[x](%6A%61%76%61%73%63%72%69%70%74:alert(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](vbscript:msgbox(1))",
  "[x](file:///etc/passwd)",
  "[x](//evil.example/)",
  "[x](/fr/staff)",
  '[x](https://example.org "t\\" onmouseover=\\"alert(1)")',
  '[x](https://example.org/" onmouseover="alert(1))',
  "[x][ref]\n\n[ref]: javascript:alert(1)",
  "[x][ref]\n\n[ref]: data:text/html,<script>alert(1)</script>",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  '![x](https://example.org/a.png" onerror="alert(1))',
  "[![x](https://example.org/a.png)](javascript:alert(1))",
  // Autolinks and bare URLs.
  "<javascript:alert(1)>",
  "<data:text/html,<script>alert(1)</script>>",
  "<vbscript:msgbox(1)>",
  "javascript:alert(1)",
  "https://example.org/<script>alert(1)</script>",
  'https://example.org/"onmouseover="alert(1)',
  // Code is shown, never run.
  "`<script>alert(1)</script>`",
  "```html\n<script>alert(1)</script>\n```",
  '```js" onclick="alert(1)\ncode\n```',
  "    <iframe src=javascript:alert(1)>",
];

describe("renderMarkdown against XSS", () => {
  it.each(CORPUS)("renders %j inert", (source) => {
    const html = renderMarkdown(source);
    expect(problemsIn(html)).toEqual([]);
  });

  it("also renders the whole corpus inert as one post", () => {
    expect(problemsIn(renderMarkdown(CORPUS.join("\n\n")))).toEqual([]);
  });

  it("the checker itself catches what it must (so an empty list means something)", () => {
    expect(problemsIn('<p onclick="x">a</p><script></script><a href="javascript:x">b</a><img src="https://x">')).toEqual([
      "attribute p[onclick]",
      "event handler onclick",
      "element <script>",
      'value a[href="javascript:x"]',
      "element <img>",
      "attribute img[src]",
    ]);
  });
});

describe("renderMarkdown keeps ordinary markdown", () => {
  it("renders emphasis, lists, quotes, code and allowed links", () => {
    const html = renderMarkdown(
      "**gras** et *italique*\n\n- un\n- deux\n\n> citation\n\n`code`\n\n[site](https://example.org/a?b=1) [écrire](mailto:dpgov@example.org) https://example.org/x",
    );
    expect(html).toContain("<strong>gras</strong>");
    expect(html).toContain("<em>italique</em>");
    expect(html).toContain("<li>un</li>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain('<a href="https://example.org/a?b=1" rel="nofollow ugc noopener noreferrer">site</a>');
    expect(html).toContain('<a href="mailto:dpgov@example.org" rel="nofollow ugc noopener noreferrer">écrire</a>');
    expect(html).toContain('<a href="https://example.org/x" rel="nofollow ugc noopener noreferrer">https://example.org/x</a>');
    expect(problemsIn(html)).toEqual([]);
  });

  it("shows a refused link as its text, and raw HTML as text", () => {
    expect(renderMarkdown("[x](javascript:alert(1))")).toBe("<p>[x](javascript:alert(1))</p>\n");
    expect(renderMarkdown("<b>x</b>")).toBe("<p>&lt;b&gt;x&lt;/b&gt;</p>\n");
  });

  it("keeps Arabic text as written", () => {
    expect(renderMarkdown("مرحبا **بالجميع**")).toBe("<p>مرحبا <strong>بالجميع</strong></p>\n");
  });
});

describe("markdownExcerpt", () => {
  it("gives the words without markup, cut on a word", () => {
    expect(markdownExcerpt("**Bonjour** à [tous](https://example.org)\n\n- un\n- deux")).toBe("Bonjour à tous un deux");
    expect(markdownExcerpt("un deux trois quatre cinq six", 15)).toBe("un deux trois…");
  });
});
