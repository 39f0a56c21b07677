import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const FLAGSHIP = "modernisation-etat-civil";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("a citizen without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ["fr", "ar"] as const) {
    test(`finds the civil-registry flagship by searching "etat civil" and reads its page (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/roadmap`);
      await page.locator("#q").fill(locale === "fr" ? "etat civil" : "الحالة المدنية");
      await page.locator('form[role="search"] summary').click(); // native <details>: no script needed
      await page.locator('input[name="flagship"]').check();
      await page.locator('form[role="search"] button[type="submit"]').click();
      await expect(page).toHaveURL(/flagship=1/);
      const card = page.locator(`[data-project="${FLAGSHIP}"]`);
      await expect(card).toBeVisible();
      await expect(card.locator("[data-flagship]")).toBeVisible();

      await card.getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/projects/${FLAGSHIP}$`));
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expect(page.getByRole("heading", { level: 1 })).toContainText(locale === "fr" ? "état civil" : "الحالة المدنية");
      await expect(page.getByTestId("history").locator("li").first()).toBeVisible();
      await expect(page.getByRole("navigation", { name: locale === "fr" ? "Fil d’Ariane" : "مسار التنقل" })).toBeVisible();
    });
  }

  test("filters the roadmap to the late projects of one ministry, and the CSV link keeps the filter", async ({ page, request }) => {
    await page.goto("/fr/roadmap");
    await page.locator('form[role="search"] summary').click();
    await page.locator("#org").selectOption("ministere-interieur");
    await page.locator('input[name="late"]').check();
    await page.locator('form[role="search"] button[type="submit"]').click();
    await expect(page).toHaveURL(/org=ministere-interieur/);
    await expect(page).toHaveURL(/late=1/);
    const cards = page.locator("[data-project]");
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(cards.nth(i).locator("[data-late]")).toBeVisible();
    const api = (await (await request.get("/api/v1/projects?org=ministere-interieur&late=1")).json()) as { meta: { total: number } };
    expect(count).toBe(api.meta.total);
    await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${count} projets?$`));

    const csvHref = await page.getByTestId("csv-link").getAttribute("href");
    expect(csvHref).toContain("org=ministere-interieur");
    expect(csvHref).toContain("late=1");
    const csv = await request.get(csvHref!);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split(/\r\n/);
    expect(lines.length - 1).toBe(count);
  });

  test("a malformed filter is explained, not an error", async ({ page }) => {
    const response = await page.goto("/fr/roadmap?status=NOPE&page=-1&sort=evil");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText("ignorés");
  });

  test("paginates with plain links", async ({ page }) => {
    await page.goto("/fr/roadmap?perPage=20");
    const total = Number((await page.getByTestId("result-count").innerText()).match(/\d+/)![0]);
    expect(total, "the seed has more than one page of projects").toBeGreaterThan(20);
    await page.getByRole("link", { name: "Page suivante" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.locator("[data-project]")).toHaveCount(Math.min(20, total - 20));
  });
});

test("project page shows milestones with baseline, current and actual dates", async ({ page }) => {
  await page.goto("/fr/projects/casier-judiciaire-en-ligne");
  const milestones = page.getByTestId("milestones");
  await expect(milestones).toContainText("Casablanca");
  await expect(milestones).toContainText("19/02/2013");
  await expect(page.getByTestId("history")).toContainText("Pilote");
});

test("an unknown project is a 404 in the visitor's language", async ({ page }) => {
  const response = await page.goto("/ar/projects/projet-inexistant");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
});

test("the timeline draws planned and actual dates with a table for screen readers", async ({ page }) => {
  await page.goto("/fr/roadmap/timeline");
  await expect(page.getByRole("table")).toContainText("Modernisation de l'état civil");
  await expect(page.getByRole("table")).toContainText("31/12/2013");
  await expect(page.locator("figure")).toHaveAttribute("aria-describedby", "timeline-note");
});

for (const locale of ["fr", "ar"] as const) {
  for (const width of [1280, 360]) {
    test(`roadmap, timeline and project pages in ${locale} at ${width}px have no serious accessibility violations`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const path of ["/roadmap", "/roadmap?q=zzzz", "/roadmap/timeline", `/projects/${FLAGSHIP}`, "/projects/casier-judiciaire-en-ligne"]) {
        await page.goto(`/${locale}${path}`);
        expect(await seriousViolations(page), `${locale}${path}`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${locale}${path} overflows at ${width}px`).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }
}
