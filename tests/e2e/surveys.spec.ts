// Surveys end to end, with JavaScript off as a visitor might have it: answer the seeded
// illustrative survey in French and in Arabic (two browser contexts, two respondents),
// an invalid form first, then a refused second attempt, and results that count each once.
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { createPrisma } from "../../scripts/lib/prisma-script";
import { e2eDatabaseUrl } from "../helpers/accounts";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "../helpers/axe";

const SLUG = "avis-portail-et-projets";
type Question = { id: number; kind: string; options: { id: number }[] };

const TEXT = {
  fr: {
    submit: "Envoyer mes réponses",
    summary: "Votre réponse n’a pas été envoyée : il y a un problème",
    required: "Question 1 : Choisissez une réponse",
    tooMany: "Question 2 : Choisissez 3 réponses au plus",
    thanks: "Merci pour votre réponse",
    answered: "Vous avez déjà répondu à cette enquête",
    comment: "Très utile pour suivre les projets. Merci !",
  },
  ar: {
    submit: "إرسال أجوبتي",
    summary: "لم يُرسل جوابك: هناك مشكلة",
    required: "السؤال 1: اختر جوابا",
    tooMany: "السؤال 2: اختر عددا من الأجوبة لا يزيد على 3",
    thanks: "شكرا على مشاركتك",
    answered: "لقد سبق لك أن أجبت عن هذا الاستطلاع",
    comment: "بوابة مفيدة لتتبع المشاريع، شكرا!",
  },
} as const;

async function surveyQuestions(request: APIRequestContext): Promise<Question[]> {
  const body = (await (await request.get("/api/v1/surveys")).json()) as { data: { slug: string; questions: Question[] }[] };
  const survey = body.data.find((s) => s.slug === SLUG);
  if (!survey) throw new Error(`the seeded survey ${SLUG} is not open`);
  return survey.questions;
}

/** The number of responses the public results page shows. */
async function publishedCount(browser: Browser): Promise<number> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  expect((await page.goto(`/fr/surveys/${SLUG}/results`))?.status()).toBe(200);
  const text = await page.getByTestId("response-count").innerText();
  await context.close();
  return Number(text.replace(/\D/g, ""));
}

const submit = (page: Page, label: string) => Promise.all([page.waitForNavigation(), page.getByRole("button", { name: label }).click()]);

test.describe("answering the survey without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ["fr", "ar"] as const) {
    test(`in ${locale}: refused with errors and values kept, stored once, refused a second time, counted in the results`, async ({ browser, request }) => {
      const t = TEXT[locale];
      const [single, multiple, rating, projectA, , , text] = await surveyQuestions(request);
      const before = await publishedCount(browser);
      const context = await browser.newContext({ javaScriptEnabled: false }); // a new respondent
      const page = await context.newPage();
      const response = await page.goto(`/${locale}/surveys/${SLUG}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");

      // Invalid: question 1 (required) left empty, four boxes ticked where three at most are allowed.
      for (const option of multiple!.options.slice(0, 4)) await page.check(`#q${multiple!.id}-o${option.id}`);
      await page.check(`#q${rating!.id}-r4`);
      await page.check(`#q${projectA!.id}-r5`);
      await page.fill(`#q${text!.id}-text`, t.comment);
      await submit(page, t.submit);

      const summary = page.getByRole("alert").filter({ hasText: t.summary });
      await expect(summary).toBeVisible();
      await expect(summary.getByRole("link", { name: t.required })).toHaveAttribute("href", `#q${single!.id}-o${single!.options[0]!.id}`);
      await expect(summary.getByRole("link", { name: t.tooMany })).toHaveAttribute("href", `#q${multiple!.id}-o${multiple!.options[0]!.id}`);
      // The message beside the field, tied to its fieldset.
      await expect(page.locator(`#q${single!.id}-error`)).toBeVisible();
      await expect(page.locator(`#q${single!.id}`)).toHaveAttribute("aria-describedby", new RegExp(`q${single!.id}-error`));
      // Everything typed or chosen is still there.
      for (const option of multiple!.options.slice(0, 4)) await expect(page.locator(`#q${multiple!.id}-o${option.id}`)).toBeChecked();
      await expect(page.locator(`#q${rating!.id}-r4`)).toBeChecked();
      await expect(page.locator(`#q${projectA!.id}-r5`)).toBeChecked();
      await expect(page.locator(`#q${text!.id}-text`)).toHaveValue(t.comment);
      await expectNoAxeViolationsWithoutJs(browser, page);

      // Corrected and sent: stored, then a thank-you page (after a redirect).
      await page.check(`#q${single!.id}-o${single!.options[0]!.id}`);
      await page.uncheck(`#q${multiple!.id}-o${multiple!.options[3]!.id}`);
      await submit(page, t.submit);
      await expect(page).toHaveURL(new RegExp(`/${locale}/surveys/${SLUG}/thanks$`));
      await expect(page.getByTestId("survey-thanks")).toContainText(t.thanks);

      // A second attempt from the same browser: a clear page, not an error, and no form.
      const again = await page.goto(`/${locale}/surveys/${SLUG}`);
      expect(again?.status()).toBe(200);
      await expect(page.getByTestId("already-answered")).toContainText(t.answered);
      await expect(page.getByRole("button", { name: t.submit })).toHaveCount(0);
      await expectNoAxeViolationsWithoutJs(browser, page);
      await context.close();

      expect(await publishedCount(browser)).toBe(before + 1);
    });
  }

  test("a form opened twice and sent twice from one browser stores one response; the second gets 'already answered'", async ({ browser, request }) => {
    const [single, multiple, rating] = await surveyQuestions(request);
    const before = await publishedCount(browser);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const first = await context.newPage();
    const second = await context.newPage();
    for (const page of [first, second]) {
      await page.goto(`/fr/surveys/${SLUG}`);
      await page.check(`#q${single!.id}-o${single!.options[1]!.id}`);
      await page.check(`#q${multiple!.id}-o${multiple!.options[1]!.id}`);
      await page.check(`#q${rating!.id}-r2`);
    }
    await submit(first, TEXT.fr.submit);
    await expect(first).toHaveURL(/\/thanks$/);
    await submit(second, TEXT.fr.submit);
    await expect(second).toHaveURL(new RegExp(`/fr/surveys/${SLUG}$`));
    await expect(second.getByTestId("already-answered")).toBeVisible();
    await context.close();
    expect(await publishedCount(browser)).toBe(before + 1);
  });

  test("a filled honeypot is thanked and stores nothing", async ({ browser }) => {
    const before = await publishedCount(browser);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/fr/surveys/${SLUG}`);
    // What a naive bot does: fill every field, hidden ones included.
    await page.locator('input[name="website"]').fill("http://spam.example", { force: true });
    await submit(page, TEXT.fr.submit);
    await expect(page).toHaveURL(/\/thanks$/);
    await context.close();
    expect(await publishedCount(browser)).toBe(before);
  });
});

test.describe("survey API", () => {
  test("201, then 409 with the same token; 422, 400 and 413 as JSON errors", async ({ request }) => {
    const body = (await (await request.get("/api/v1/surveys")).json()) as { data: { id: number; slug: string; questions: Question[] }[] };
    const survey = body.data.find((s) => s.slug === SLUG)!;
    const [single, multiple, rating] = survey.questions;
    const answers = { [single!.id]: single!.options[2]!.id, [multiple!.id]: [multiple!.options[2]!.id], [rating!.id]: 3 };
    const url = `/api/v1/surveys/${survey.id}/responses`;
    const created = await request.post(url, { data: { answers } });
    expect(created.status()).toBe(201);
    const token = created.headers()["x-respondent-token"]!;
    const again = await request.post(url, { data: { answers }, headers: { "X-Respondent-Token": token } });
    expect(again.status()).toBe(409);
    const invalid = await request.post(`${url}?lang=ar`, { data: { answers: { ...answers, [rating!.id]: 7 } } });
    expect(invalid.status()).toBe(422);
    expect(((await invalid.json()) as { error: { fields: Record<string, { message: string }> } }).error.fields[String(rating!.id)]!.message).toBe("اختر تقييما من 1 إلى 5");
    const malformed = await request.post(url, { data: Buffer.from("{not json"), headers: { "Content-Type": "application/json" } });
    expect(malformed.status()).toBe(400);
    const tooLarge = await request.post(url, { data: Buffer.from(JSON.stringify({ answers, padding: "x".repeat(70_000) })), headers: { "Content-Type": "application/json" } });
    expect(tooLarge.status()).toBe(413);
  });
});

test.describe("survey pages", () => {
  test("the home page and the navigation lead to the survey", async ({ page }) => {
    await page.goto("/fr");
    await page.getByTestId("home-survey-link").click();
    await expect(page).toHaveURL(new RegExp(`/fr/surveys/${SLUG}$`));
    await page.goto("/ar");
    await page.getByRole("navigation", { name: "التنقل الرئيسي" }).getByRole("link", { name: "استطلاعات الرأي" }).click();
    await expect(page).toHaveURL(/\/ar\/surveys$/);
    await expect(page.getByTestId("open-surveys")).toContainText("رأيك في البوابة والمشاريع");
  });

  test("results show counts, shares, means, the method and responses per day, without client code", async ({ page }) => {
    // A response from two days ago (written straight to the e2e database), so there are days to chart.
    const prisma = createPrisma(e2eDatabaseUrl());
    try {
      const survey = await prisma.survey.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
      await prisma.surveyResponse.create({ data: { surveyId: survey.id, respondentKey: `e2e-earlier-${Date.now()}`, submittedAt: new Date(Date.now() - 2 * 86_400_000) } });
    } finally {
      await prisma.$disconnect();
    }
    await page.goto(`/fr/surveys/${SLUG}/results`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Résultats");
    await expect(page.getByTestId("results-q1").locator("tbody tr")).toHaveCount(6);
    await expect(page.getByTestId("results-q3").locator("tbody tr")).toHaveCount(5);
    await expect(page.getByTestId("mean-q3")).toContainText("sur 5");
    await expect(page.getByTestId("collection-method")).toContainText("Une réponse par personne");
    // Three days: two with responses and the quiet one between, in the table and the chart.
    await expect(page.getByTestId("responses-per-day").locator("tbody tr")).toHaveCount(3);
    await expect(page.locator("svg[role=img] rect")).toHaveCount(3);
  });

  test("a closed survey and one not yet open say so on their page, without a form", async ({ page }) => {
    const prisma = createPrisma(e2eDatabaseUrl());
    const stamp = Date.now();
    try {
      for (const [slug, opensAt, closesAt] of [
        [`e2e-close-${stamp}`, new Date(stamp - 2 * 86_400_000), new Date(stamp - 86_400_000)],
        [`e2e-later-${stamp}`, new Date(stamp + 86_400_000), null],
      ] as const) {
        await prisma.survey.create({
          data: { slug, kind: "SITE_FEEDBACK", titleFr: "Enquête de test", descriptionFr: "Test.", opensAt, closesAt, questions: { create: [{ position: 1, kind: "RATING", promptFr: "Note" }] } },
        });
      }
    } finally {
      await prisma.$disconnect();
    }
    expect((await page.goto(`/fr/surveys/e2e-close-${stamp}`))?.status()).toBe(200);
    await expect(page.getByTestId("survey-closed")).toContainText("Cette enquête est close");
    await expect(page.locator("form button[type=submit]")).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect((await page.goto(`/ar/surveys/e2e-later-${stamp}`))?.status()).toBe(200);
    await expect(page.getByTestId("survey-scheduled")).toContainText("هذا الاستطلاع لم يُفتح بعد");
    await expect(page.locator("form button[type=submit]")).toHaveCount(0);
  });

  test("results of an unpublished or unknown survey are a 404", async ({ request }) => {
    expect((await request.get("/fr/surveys/n-existe-pas/results")).status()).toBe(404);
    expect((await request.get("/fr/surveys/n-existe-pas")).status()).toBe(404);
  });

  test("the sitemap lists the surveys, the open survey and its results in both languages", async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    for (const locale of ["fr", "ar"]) {
      expect(xml).toMatch(new RegExp(`<loc>http://[^<]+/${locale}/surveys</loc>`));
      expect(xml).toMatch(new RegExp(`<loc>http://[^<]+/${locale}/surveys/${SLUG}</loc>`));
      expect(xml).toMatch(new RegExp(`<loc>http://[^<]+/${locale}/surveys/${SLUG}/results</loc>`));
    }
  });

  for (const locale of ["fr", "ar"] as const) {
    for (const width of [1280, 360]) {
      for (const path of ["/surveys", `/surveys/${SLUG}`, `/surveys/${SLUG}/results`]) {
        test(`${path} in ${locale} at ${width}px: no serious accessibility violation, no sideways scroll`, async ({ browser }) => {
          const context = await browser.newContext({ viewport: { width, height: 900 } });
          const page = await context.newPage();
          expect((await page.goto(`/${locale}${path}`))?.status()).toBe(200);
          await expectNoAxeViolations(page);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await context.close();
        });
      }
    }
  }

  test("the error state: the summary takes focus without any script, values stay", async ({ browser, request }) => {
    const [, multiple] = await surveyQuestions(request);
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`/ar/surveys/${SLUG}`);
    await page.check(`#q${multiple!.id}-o${multiple!.options[0]!.id}`);
    await page.getByRole("button", { name: TEXT.ar.submit }).click();
    const summary = page.getByRole("alert").filter({ hasText: TEXT.ar.summary });
    await expect(summary).toBeFocused();
    await expect(page.locator(`#q${multiple!.id}-o${multiple!.options[0]!.id}`)).toBeChecked();
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
