// The programme office edits the portal's content end to end: a session and its decision,
// a news item, an indicator value, each seen on the public page afterwards; and the
// session date rule refusing the seed document's "22 février 2110" without JavaScript.
// What these tests create is deleted afterwards: other specs read the seeded content.
import { expect, test, type Browser } from "@playwright/test";
import { createPrisma } from "../../scripts/lib/prisma-script";
import { e2eDatabaseUrl, signIn } from "../helpers/accounts";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "../helpers/axe";
import { expireCachedPages } from "../helpers/cache";

const prisma = createPrisma(e2eDatabaseUrl());
const RUN = Date.now().toString(36);
const SESSION = 6; // between the seeded 1st (22 Feb 2010) and 11th (7 Jun 2013) sessions
const INDICATOR = `indicateur-e2e-${RUN}`;

test.beforeAll(async () => {
  await prisma.indicator.create({ data: { slug: INDICATOR, titleFr: `Services en ligne ${RUN}`, titleAr: "خدمات عبر الإنترنت", unitFr: "services", unitAr: "خدمة", targetValue: 40, targetOn: new Date("2013-12-31T00:00:00Z") } });
});

test.afterAll(async () => {
  await prisma.committeeSession.deleteMany({ where: { number: SESSION, body: { kind: "CIGOV" } } });
  await prisma.newsItem.deleteMany({ where: { titleFr: { endsWith: RUN } } });
  await prisma.indicator.deleteMany({ where: { slug: INDICATOR } });
  await prisma.source.deleteMany({ where: { key: { startsWith: "indicator-" }, title: "Rapport d'étape du programme" } });
  await expireCachedPages(prisma); // the clean-up above bypassed the app's cache invalidation
  await prisma.$disconnect();
});

async function newSignedInPage(browser: Browser, options: { javaScriptEnabled?: boolean; locale?: "fr" | "ar" } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  await signIn(page, "DPGOV_EDITOR", options.locale ?? "fr");
  return { context, page };
}

test("the DPGOV editor creates a session and a decision, updates its follow-up, and the public session page shows it", async ({ browser }) => {
  const { context, page } = await newSignedInPage(browser);
  await page.goto("/fr/staff/sessions");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Nouvelle session" }).click();
  await page.locator("#number").fill(String(SESSION));
  await page.locator("#heldOn").fill("2011-06-20");
  await page.locator("#status").selectOption("HELD");
  await page.locator("#summaryFr").fill(`Sixième session ${RUN}`);
  await page.getByRole("button", { name: "Créer la session" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/staff/sessions/${SESSION}\\?created=`));
  await expect(page.getByRole("status")).toContainText("Session créée");
  await expectNoAxeViolations(page);

  const decision = `Ouvrir le guichet unique ${RUN}`;
  await page.getByRole("link", { name: "Ajouter une décision" }).click();
  await page.locator("#textFr").fill(decision);
  await page.locator("#textAr").fill("فتح الشباك الوحيد");
  await page.locator("#ownerOrganizationId").selectOption({ label: "Ministère de l'Intérieur" });
  await page.locator("#dueOn").fill("2012-06-30");
  await page.locator("#status").selectOption("IN_PROGRESS");
  await page.getByRole("button", { name: "Ajouter la décision" }).click();
  await expect(page.getByRole("status")).toContainText("Décision enregistrée");
  await expect(page.locator("[data-decision]", { hasText: decision })).toContainText("En cours");

  await page.getByRole("link", { name: "Modifier la décision 1" }).click();
  await expect(page.locator("#textFr")).toHaveValue(decision);
  await page.locator("#status").selectOption("DONE");
  await page.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(page.getByRole("status")).toContainText("Décision enregistrée");

  await page.goto(`/fr/sessions/${SESSION}`);
  const row = page.getByRole("table", { name: /Décisions de la 6e session/ }).locator("tbody tr", { hasText: decision });
  await expect(row).toContainText("Ministère de l'Intérieur");
  await expect(row).toContainText("30 juin 2012");
  await expect(row).toContainText("Réalisée");
  await context.close();
});

test("the DPGOV editor writes a news item as a draft, publishes it, and it appears on /fr/news", async ({ browser }) => {
  const { context, page } = await newSignedInPage(browser);
  const title = `Le portail ouvre une rubrique ${RUN}`;
  await page.goto("/fr/staff/news/new");
  await page.locator("#titleFr").fill(title);
  await page.locator("#summaryFr").fill("Une nouvelle rubrique présente les services en ligne.");
  await page.locator("#bodyFr").fill("Premier paragraphe.\n\nSecond paragraphe.");
  await page.locator("#projectSlugs-watiqa-ma").check();
  await page.getByRole("button", { name: "Créer l'actualité" }).click();
  await expect(page.getByRole("status")).toContainText("Actualité créée");
  await expect(page.locator("[data-publication-state]")).toHaveAttribute("data-publication-state", "draft");
  await expectNoAxeViolations(page);

  await page.goto("/fr/news");
  await expect(page.locator("[data-news]", { hasText: title })).toHaveCount(0);
  await page.goBack();
  await page.getByRole("button", { name: "Publier", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Actualité publiée");
  await expect(page.locator("[data-publication-state]")).toHaveAttribute("data-publication-state", "published");

  await page.goto("/fr/news");
  await expect(page.locator("[data-news]", { hasText: title })).toHaveCount(1);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator('a[href="/fr/projects/watiqa-ma"]')).toHaveCount(1);
  await context.close();
});

test("the DPGOV editor adds an indicator value with its source, confirming it beats the target, and the indicator page shows it", async ({ browser }) => {
  const { context, page } = await newSignedInPage(browser);
  await page.goto(`/fr/staff/indicators/${INDICATOR}`);
  await page.locator("#observedOn").fill("2013-03-31");
  await page.locator("#value").fill("42,5");
  await page.locator("#sourceTitle").fill("Rapport d'étape du programme");
  await page.getByRole("button", { name: "Ajouter la valeur" }).click();
  // Above the target of 40: refused until confirmed, input kept.
  await expect(page.locator("#value-error")).toContainText("dépasse la cible");
  await expect(page.locator("#value")).toHaveValue("42,5");
  await expectNoAxeViolations(page);
  await page.locator("#isAboveTargetConfirmed").check();
  await page.getByRole("button", { name: "Ajouter la valeur" }).click();
  await expect(page.getByRole("status")).toContainText("Valeur ajoutée");
  await expect(page.locator('[data-value="2013-03-31"]')).toContainText("42,5");

  await page.goto(`/fr/indicators/${INDICATOR}`);
  const observed = page.getByTestId("indicator-table").locator('tr[data-row="observed"]');
  await expect(observed.getByRole("rowheader")).toHaveText("31 mars 2013");
  await expect(observed.locator("td").first()).toHaveText("42,5");
  await context.close();
});

test.describe("without JavaScript", () => {
  const expected = {
    fr: { create: "Créer la session", message: "Cette date est hors de la période du programme : une session se tient entre le 1 janvier 2008 et le 31 décembre 2018" },
    ar: { create: "إنشاء الدورة", message: "هذا التاريخ خارج فترة البرنامج" },
  };
  for (const locale of ["fr", "ar"] as const) {
    test(`a session dated 22 February 2110 comes back refused, with the reason, the input kept, axe-clean (${locale})`, async ({ browser }) => {
      const { context, page } = await newSignedInPage(browser, { javaScriptEnabled: false, locale });
      await page.goto(`/${locale}/staff/sessions/new`);
      await page.locator("#number").fill("5");
      await page.locator("#heldOn").fill("2110-02-22");
      await page.locator("#chairTitleFr").fill("Ministre de l'Industrie");
      await page.getByRole("button", { name: expected[locale].create }).click();
      const summary = page.getByRole("alert");
      await expect(summary.getByRole("link")).toContainText(expected[locale].message);
      await expect(summary.getByRole("link")).toHaveAttribute("href", "#heldOn");
      await expect(page.locator("#heldOn-error")).toContainText(expected[locale].message);
      await expect(page.locator("#heldOn")).toHaveAttribute("aria-describedby", /heldOn-error/);
      await expect(page.locator("#heldOn")).toHaveValue("2110-02-22");
      await expect(page.locator("#number")).toHaveValue("5");
      await expect(page.locator("#chairTitleFr")).toHaveValue("Ministre de l'Industrie");
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expectNoAxeViolationsWithoutJs(browser, page);
      expect(await prisma.committeeSession.count({ where: { number: 5, body: { kind: "CIGOV" } } })).toBe(0);
      await context.close();
    });
  }
});

test("roles without the content right do not see the content pages", async ({ browser }) => {
  for (const role of ["SPGOV_EDITOR", "MODERATOR"] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, role);
    await page.goto("/fr/staff/sessions");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    await expect(page.getByRole("navigation", { name: "Espace de travail" }).getByRole("link", { name: "Sessions" })).toHaveCount(0);
    await context.close();
  }
});
