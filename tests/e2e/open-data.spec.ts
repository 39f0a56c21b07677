import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

const FLAGSHIP = "modernisation-etat-civil";
type Project = Record<string, string | number | boolean | null>;
type ProjectsResponse = {
  data: Project[];
  meta: { total: number; page: number; perPage: number; pageCount: number; ignoredParameters: string[] };
  links: { self: string; next: string | null; prev: string | null; csv: string };
};

async function getProjects(request: APIRequestContext, query: string): Promise<ProjectsResponse> {
  const response = await request.get(`/api/v1/projects${query}`);
  expect(response.status()).toBe(200);
  return response.json();
}

/** A strict RFC 4180 reader (CRLF after every record, quoted fields), to compare the CSV with the JSON. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && !",\r\n".includes(text[i]!)) field += text[i++];
    }
    row.push(field);
    if (text[i] === ",") i++;
    else if (text[i] === "\r" && text[i + 1] === "\n") {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected character at offset ${i}: ${JSON.stringify(text[i])}`);
  }
  return rows;
}

const asCell = (value: Project[string]) => (value === null ? "" : String(value));

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("GET /api/v1/projects", () => {
  test("is open JSON: UTF-8, cacheable for a minute, readable from any site", async ({ request }) => {
    const response = await request.get("/api/v1/projects");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
    expect(response.headers()["cache-control"]).toBe("public, max-age=60");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
  });

  test("filters by status and by flagship, as the roadmap does", async ({ request }) => {
    const operational = await getProjects(request, "?status=OPERATIONAL&perPage=100");
    expect(operational.data.length).toBeGreaterThan(0);
    expect(operational.data.every((p) => p.status === "OPERATIONAL")).toBe(true);
    const flagships = await getProjects(request, "?flagship=1&perPage=100");
    expect(flagships.data.length).toBeGreaterThan(0);
    expect(flagships.data.every((p) => p.isFlagship === true)).toBe(true);
    expect(flagships.meta.total).toBe(flagships.data.length);
  });

  test("q=etat civil finds the flagship civil-registry project without the accent", async ({ request }) => {
    const body = await getProjects(request, "?q=etat%20civil&flagship=1");
    const project = body.data.find((p) => p.slug === FLAGSHIP);
    expect(project).toBeDefined();
    expect(project).toMatchObject({ titleFr: "Modernisation de l'état civil", titleAr: "تحديث الحالة المدنية", isFlagship: true });
    expect(project!.url).toMatch(new RegExp(`^http://[^/]+/fr/projects/${FLAGSHIP}$`));
    expect(project!.plannedEndOn === null || /^\d{4}-\d{2}-\d{2}$/.test(String(project!.plannedEndOn))).toBe(true);
    expect(new Date(String(project!.updatedAt)).toISOString()).toBe(project!.updatedAt);
  });

  test("paginates with next and prev links that keep the filters", async ({ request }) => {
    const first = await getProjects(request, "?sort=progress&perPage=20");
    expect(first.meta).toMatchObject({ page: 1, perPage: 20, ignoredParameters: [] });
    expect(first.meta.total).toBeGreaterThan(20);
    expect(first.meta.pageCount).toBe(Math.ceil(first.meta.total / 20));
    expect(first.links.prev).toBeNull();
    expect(first.links.next).toContain("sort=progress");
    const second: ProjectsResponse = await (await request.get(first.links.next!)).json();
    expect(second.meta.page).toBe(2);
    expect(second.links.prev).toBe(first.links.self);
    const slugs = new Set([...first.data, ...second.data].map((p) => p.slug));
    expect(slugs.size).toBe(first.data.length + second.data.length);
    if (second.meta.pageCount === 2) expect(second.links.next).toBeNull();
    expect(first.links.csv).toMatch(/\/api\/v1\/projects\.csv\?sort=progress$/);
  });

  test("ignores a malformed filter and lists it, with a 200", async ({ request }) => {
    const response = await request.get("/api/v1/projects?status=NOPE&perPage=7&flagship=yes&stauts=PLANNED");
    expect(response.status()).toBe(200);
    const body: ProjectsResponse = await response.json();
    expect(body.meta.ignoredParameters.sort()).toEqual(["flagship", "perPage", "status", "stauts"]);
    expect(body.meta.perPage).toBe(20);
    expect(body.data.length).toBe(20);
  });

  test("an unknown endpoint is a JSON 404", async ({ request }) => {
    const response = await request.get("/api/v1/nope");
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  });
});

test.describe("GET /api/v1/projects.csv", () => {
  test("is UTF-8 with a BOM, CRLF, the JSON's columns and exactly the JSON's rows", async ({ request }) => {
    const response = await request.get("/api/v1/projects.csv?flagship=1&sort=title");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="egov-projects-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Byte-exact UTF-8: "l'état" (é = C3 A9, not a Latin-1 E9 nor a double-encoded C3 83 C2 A9) and the Arabic title.
    expect(bytes.includes(Buffer.from([0x6c, 0x27, 0xc3, 0xa9, 0x74, 0x61, 0x74]))).toBe(true);
    expect(bytes.includes(Buffer.from("تحديث الحالة المدنية", "utf8"))).toBe(true);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.match(/\n/g)!.length).toBe(text.match(/\r\n/g)!.length); // no bare LF anywhere

    const json = await getProjects(request, "?flagship=1&sort=title&perPage=100");
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(Object.keys(json.data[0]!));
    expect(rows).toEqual(json.data.map((project) => header!.map((key) => asCell(project[key]!))));
    expect(rows.map((row) => row[0])).toContain(FLAGSHIP);
  });

  test("holds every matching row, not one page", async ({ request }) => {
    const json = await getProjects(request, "?perPage=20");
    const text = (await request.get("/api/v1/projects.csv?perPage=20&page=2").then((r) => r.text())).replace(/^\uFEFF/, "");
    expect(parseCsv(text).length - 1).toBe(json.meta.total);
    expect(json.meta.total).toBeGreaterThan(20);
  });
});

test.describe("sessions and indicators", () => {
  test("GET /api/v1/sessions lists the sessions with agenda, decisions, reviews and announced dates", async ({ request }) => {
    const response = await request.get("/api/v1/sessions");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const { data, meta } = await response.json();
    expect(meta.total).toBe(data.length);
    const first = data.find((s: { bodyKind: string; number: number }) => s.bodyKind === "CIGOV" && s.number === 1);
    expect(first).toMatchObject({ heldOn: "2010-02-22", announcedDates: ["2010-06-21", "2010-09-20", "2010-12-20"] });
    expect(first.agenda.length).toBeGreaterThan(0);
    const eleventh = data.find((s: { bodyKind: string; number: number }) => s.bodyKind === "CIGOV" && s.number === 11);
    expect(eleventh.chairName).toBe("Abdelkader Amara");
    expect(eleventh.projectsReviewed.length).toBeGreaterThan(0);
    expect(Array.isArray(eleventh.decisions)).toBe(true);
  });

  test("GET /api/v1/indicators gives the unit, target, target date and history", async ({ request }) => {
    const response = await request.get("/api/v1/indicators");
    expect(response.status()).toBe(200);
    const { data } = await response.json();
    const watiqa = data.find((i: { slug: string }) => i.slug === "watiqa-communes-deployees");
    expect(watiqa).toMatchObject({ unitFr: "communes", targetValue: 127, targetOn: "2013-07-31" });
    expect(watiqa.values).toEqual([expect.objectContaining({ observedOn: "2013-06-07", value: 29 })]);
  });
});

test.describe("feeds, sitemap and robots.txt", () => {
  for (const locale of ["fr", "ar"] as const) {
    test(`/${locale}/feed.xml is well-formed Atom 1.0 in ${locale}`, async ({ request, page }) => {
      const response = await request.get(`/${locale}/feed.xml`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      const xml = await response.text();
      await page.goto("about:blank");
      const feed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, "application/xml");
        const root = doc.documentElement;
        const entries = [...doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")];
        return {
          error: doc.getElementsByTagName("parsererror").length > 0,
          name: root.localName,
          namespace: root.namespaceURI,
          lang: root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"),
          self: root.querySelector('link[rel="self"]')?.getAttribute("href"),
          updated: root.querySelector(":scope > updated")?.textContent,
          titles: entries.map((e) => e.querySelector("title")?.textContent ?? ""),
          links: entries.map((e) => e.querySelector('link[rel="alternate"]')?.getAttribute("href") ?? ""),
        };
      }, xml);
      expect(feed.error).toBe(false);
      expect(feed).toMatchObject({ name: "feed", namespace: "http://www.w3.org/2005/Atom", lang: locale });
      expect(feed.self).toMatch(new RegExp(`^http://[^/]+/${locale}/feed\\.xml$`));
      expect(new Date(feed.updated!).toISOString()).toBe(feed.updated);
      expect(feed.titles.length).toBeGreaterThan(0);
      expect(feed.links.every((href) => new RegExp(`^http://[^/]+/${locale}/news/`).test(href))).toBe(true);
      expect(feed.titles).toContain(
        locale === "fr" ? "11e session du Comité interministériel e-gouvernement" : "الدورة الحادية عشرة للجنة الوزارية المشتركة للحكومة الإلكترونية",
      );
    });
  }

  test("pages announce the feed of their language", async ({ page }) => {
    await page.goto("/ar/open-data");
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/ar\/feed\.xml$/);
  });

  test("the sitemap lists both languages of a project with hreflang alternates", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    for (const locale of ["fr", "ar"]) {
      expect(xml).toMatch(new RegExp(`<loc>http://[^<]+/${locale}/projects/${FLAGSHIP}</loc>`));
      expect(xml).toMatch(new RegExp(`hreflang="${locale}" href="http://[^"]+/${locale}/projects/${FLAGSHIP}"`));
      expect(xml).toMatch(new RegExp(`<loc>http://[^<]+/${locale}/sessions/11</loc>`));
      expect(xml).toMatch(new RegExp(`<loc>http://[^<]+/${locale}/open-data</loc>`));
    }
    expect(xml).not.toContain("expose-programme-conseil-de-gouvernement"); // an unpublished draft
  });

  test("robots.txt keeps crawlers out of sign-in and the back office and points at the sitemap", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/^Sitemap: http:\/\/[^\s]+\/sitemap\.xml$/m);
    for (const path of ["/api/auth", "/fr/staff", "/ar/staff"]) expect(text).toContain(`Disallow: ${path}\n`);
    expect(text).toContain("Allow: /\n");
  });
});

test.describe("the open-data page", () => {
  test("documents exactly the fields the API returns", async ({ page, request }) => {
    const { data } = await getProjects(request, "?perPage=20");
    await page.goto("/fr/open-data");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Données ouvertes");
    const documented = await page.getByTestId("fields-projects").locator("[data-field]").allTextContents();
    expect(documented).toEqual(Object.keys(data[0]!));
  });

  for (const locale of ["fr", "ar"] as const) {
    for (const width of [1280, 360]) {
      test(`in ${locale} at ${width}px has no serious accessibility violations and no sideways scroll`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const response = await page.goto(`/${locale}/open-data`);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
        expect(await seriousViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await context.close();
      });
    }
  }
});
