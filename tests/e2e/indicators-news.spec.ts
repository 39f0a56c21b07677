import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// Indicators and news, against the seeded programme data (prisma/seed): the Watiqa.ma
// indicator (29 communes of 127 by 31 July 2013) and three published news items.

const WATIQA = "/indicators/watiqa-communes-deployees";
const SITE_LAUNCH = "/news/2010-04-17-lancement-site-programme";
const PAGES = ["/indicators", WATIQA, "/news", SITE_LAUNCH, "/news/2013-06-07-cigov-11e-session"];

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const locale of ["fr", "ar"] as const) {
  test(`indicator and news pages render in ${locale} with one h1 and the right direction`, async ({ page }) => {
    for (const path of PAGES) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html"), path).toHaveAttribute("lang", locale);
      await expect(page.locator("html"), path).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expect(page.locator("h1"), path).toHaveCount(1);
    }
  });
}

test("the indicator list shows current value against target and date, and progress", async ({ page }) => {
  await page.goto("/fr/indicators");
  const watiqa = page.locator('[data-indicator="watiqa-communes-deployees"]');
  await expect(watiqa.getByRole("heading", { level: 2 })).toContainText("Watiqa.ma");
  await expect(watiqa.getByTestId("indicator-current")).toContainText("29 communes");
  await expect(watiqa.getByTestId("indicator-current")).toContainText("7 juin 2013");
  await expect(watiqa.getByTestId("indicator-target")).toContainText("127 communes au 31 juillet 2013");
  // 29 / 127 = 22.8 %
  await expect(watiqa).toContainText("23 %");
  await watiqa.getByRole("link").click();
  await expect(page).toHaveURL(/\/fr\/indicators\/watiqa-communes-deployees$/);
});

test("the Watiqa indicator page has a described SVG chart and a data table with 29 of 127", async ({ page }) => {
  await page.goto(`/fr${WATIQA}`);
  const chart = page.getByRole("img", { name: /^Évolution : .*Watiqa\.ma/ });
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((svg) => svg.tagName.toLowerCase())).toBe("svg");
  await expect(chart).toHaveAccessibleDescription(/29 communes le 7 juin 2013 ; objectif de 127 communes au 31 juillet 2013/);

  const table = page.getByRole("table", { name: /Valeurs mesurées et objectif/ });
  await expect(table.locator("thead th[scope=col]")).toHaveCount(4);
  const observed = table.locator('tr[data-row="observed"]');
  await expect(observed).toHaveCount(1);
  await expect(observed.getByRole("rowheader")).toHaveText("7 juin 2013");
  await expect(observed.locator("td").first()).toHaveText("29");
  const target = table.locator('tr[data-row="target"]');
  await expect(target.getByRole("rowheader")).toHaveText("31 juillet 2013");
  await expect(target.locator("td").first()).toHaveText("127");
  await expect(page.getByRole("link", { name: "Watiqa.ma", exact: true })).toHaveAttribute("href", "/fr/projects/watiqa-ma");
});

test("the Arabic indicator page labels the chart in Arabic", async ({ page }) => {
  await page.goto(`/ar${WATIQA}`);
  await expect(page.getByRole("img", { name: /تطور المؤشر/ })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("127");
  await expect(page.locator('tr[data-row="observed"] td').first()).toHaveText("29");
});

test("news are listed newest first; drafts are not public", async ({ page }) => {
  await page.goto("/fr/news");
  await expect(page.locator("[data-news]")).toHaveCount(3);
  const slugs = await page.locator("[data-news]").evaluateAll((items) => items.map((item) => item.getAttribute("data-news")));
  expect(slugs).toEqual(["2013-06-07-cigov-11e-session", "2013-01-31-deuxieme-moroccan-egov-forum", "2010-04-17-lancement-site-programme"]);
  await expect(page.locator('[data-news="2010-04-17-lancement-site-programme"]')).toContainText("Revue de presse");
  await expect(page.locator('[data-news="2010-04-17-lancement-site-programme"]')).toContainText("d’après L'Opinion");
  // One page only: no pagination, and pages past the last one do not exist.
  await expect(page.getByRole("navigation", { name: "Pages des actualités" })).toHaveCount(0);
  expect((await page.goto("/fr/news?page=1"))?.status()).toBe(200);
  for (const query of ["?page=2", "?page=0", "?page=deux", "?page=1&page=2"]) {
    expect((await page.goto(`/fr/news${query}`))?.status(), query).toBe(404);
  }
});

test("a news article has a breadcrumb, its date, body paragraphs, source, related session and projects", async ({ page }) => {
  await page.goto(`/fr${SITE_LAUNCH}`);
  const breadcrumb = page.getByRole("navigation", { name: "Fil d’Ariane" });
  const items = breadcrumb.locator("li");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0).getByRole("link")).toHaveText("Accueil");
  await expect(items.nth(0).getByRole("link")).toHaveAttribute("href", "/fr");
  await expect(items.nth(1).getByRole("link")).toHaveText("Actualités");
  await expect(items.nth(1).getByRole("link")).toHaveAttribute("href", "/fr/news");
  // The current page closes the trail: not a link, marked aria-current, and it is the article's title.
  const current = items.nth(2).locator('[aria-current="page"]');
  await expect(items.nth(2).getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("site Internet");
  expect(await current.innerText()).toBe(await page.getByRole("heading", { level: 1 }).innerText());
  await expect(page.locator("main time").first()).toHaveText("17 avril 2010");
  expect(await page.getByTestId("news-body").locator("p").count()).toBeGreaterThan(1);
  const source = page.getByTestId("news-source");
  await expect(source.getByRole("heading")).toHaveText("Article d’origine");
  await expect(source).toContainText("L'Opinion");
  await expect(source).toContainText("17 avril 2010");
  await expect(page.getByRole("link", { name: "1re session du CIGOV" })).toHaveAttribute("href", "/fr/sessions/1");
  await expect(page.locator('a[href="/fr/projects/portail-programme-egov-ma"]')).toHaveCount(1);
});

test("the Arabic article is right-to-left with an Arabic breadcrumb", async ({ page }) => {
  await page.goto("/ar/news/2013-06-07-cigov-11e-session");
  const breadcrumb = page.getByRole("navigation", { name: "مسار التنقل" });
  await expect(breadcrumb.locator("li").nth(0)).toHaveText(/الرئيسية/);
  await expect(breadcrumb.locator("li").nth(1)).toHaveText(/المستجدات/);
  expect(await breadcrumb.locator('[aria-current="page"]').innerText()).toBe(await page.getByRole("heading", { level: 1 }).innerText());
  await expect(page.getByRole("heading", { level: 1 })).toContainText("الدورة الحادية عشرة");
  expect(await page.getByTestId("news-body").locator("p").count()).toBeGreaterThan(1);
  await expect(page.getByRole("link", { name: "الدورة 11 للجنة الوزارية المشتركة" })).toHaveAttribute("href", "/ar/sessions/11");
});

test("unknown indicators and news, and unpublished news, are localized 404 pages", async ({ page }) => {
  for (const [path, heading] of [
    ["/fr/indicators/inconnu", "Page introuvable"],
    ["/ar/indicators/inconnu", "الصفحة غير موجودة"],
    ["/fr/news/inconnu", "Page introuvable"],
    ["/fr/news/expose-programme-conseil-de-gouvernement", "Page introuvable"],
  ]) {
    const response = await page.goto(path!);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading!);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a news article and the indicator chart render fully on the server", async ({ page }) => {
    await page.goto(`/fr${SITE_LAUNCH}`);
    expect(await page.getByTestId("news-body").locator("p").count()).toBeGreaterThan(1);
    await page.getByRole("navigation", { name: "Fil d’Ariane" }).getByRole("link", { name: "Actualités" }).click();
    await expect(page).toHaveURL(/\/fr\/news$/);
    await page.goto(`/fr${WATIQA}`);
    await expect(page.locator('svg[role="img"] circle')).toHaveCount(1);
  });
});

for (const locale of ["fr", "ar"] as const) {
  for (const width of [1280, 360]) {
    test(`indicator and news pages in ${locale} at ${width}px have no serious accessibility violations`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const path of PAGES) {
        await page.goto(`/${locale}${path}`);
        await expectNoSeriousAxeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} overflows sideways`).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }
}
