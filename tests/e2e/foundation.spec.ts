import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("/ redirects to the French home page", async ({ request }) => {
  const response = await request.get("/", { maxRedirects: 0 });
  expect([307, 308]).toContain(response.status());
  expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe("/fr");
});

test("health answers ok with the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("French home shows the programme and figures computed from the database", async ({ page, request }) => {
  const api = (await (await request.get("/api/v1/projects")).json()) as { meta: { total: number } };
  const late = (await (await request.get("/api/v1/projects?late=1")).json()) as { meta: { total: number } };
  await page.goto("/fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("e-gouvernement");
  const projects = page.locator('[data-figure="projects"]');
  await expect(projects).toContainText("sur un objectif de 89");
  // The figures are counted from the projects table: the same totals as the open data.
  expect(Number((await projects.locator("dd").first().innerText()).trim())).toBe(api.meta.total);
  expect(Number((await page.locator('[data-figure="late"] dd').first().innerText()).trim())).toBe(late.meta.total);
  expect(late.meta.total).toBeGreaterThan(0);
  await expect(page.locator('[data-figure="flagships"]')).toContainText("sur un objectif de 15");
  await expect(page.locator('[data-figure="budget"]')).toContainText("2,2 milliards DH");
  // The 11th session (7 June 2013) is the latest one recorded.
  await expect(page.getByText(/11e session, le 7 juin 2013/)).toBeVisible();
});

test("Arabic home is right-to-left with Arabic text", async ({ page }) => {
  await page.goto("/ar");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("الحكومة الإلكترونية");
  await expect(page.locator('[data-figure="projects"]')).toContainText("89");
});

test("the language switch keeps the current page and its filters", async ({ page }) => {
  await page.goto("/fr/roadmap?status=PLANNED&flagship=1");
  await page.getByRole("link", { name: "Lire cette page en arabe" }).click();
  await expect(page).toHaveURL(/\/ar\/roadmap\?status=PLANNED&flagship=1$/);
  await page.getByRole("link", { name: "قراءة هذه الصفحة بالفرنسية" }).click();
  await expect(page).toHaveURL(/\/fr\/roadmap\?status=PLANNED&flagship=1$/);
});

test("an unknown page is a localized 404", async ({ page }) => {
  const response = await page.goto("/ar/n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the home page renders fully on the server", async ({ page }) => {
    await page.goto("/fr");
    await expect(page.locator('[data-figure="projects"]')).toContainText("89");
    await expect(page.getByRole("link", { name: "Lire cette page en arabe" })).toHaveAttribute("href", "/ar");
  });
});

for (const locale of ["fr", "ar"] as const) {
  for (const width of [1280, 360]) {
    test(`home in ${locale} at ${width}px has no serious accessibility violations`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`/${locale}`);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      // Nothing overflows sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    });
  }
}
