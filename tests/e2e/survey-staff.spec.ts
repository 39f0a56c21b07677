// Staff side of surveys, through the real pages: a DPGOV editor builds a survey (two
// questions of two kinds), opens it, exports the responses as CSV and publishes the
// results; a moderator approves a free-text answer, which then shows on the results page;
// roles without the rights are refused, pages and CSV alike; a no-JavaScript form post with
// an error comes back with its error summary, axe-clean.
import { expect, test, type Page } from "@playwright/test";
import { createPrisma } from "../../scripts/lib/prisma-script";
import { e2eDatabaseUrl, signIn } from "../helpers/accounts";
import { expectNoAxeViolationsWithoutJs } from "../helpers/axe";
import { expireCachedPages } from "../helpers/cache";

const prisma = createPrisma(e2eDatabaseUrl());
const RUN = Date.now().toString(36);
const SLUG = `e2e-staff-${RUN}`;
const TITLE = `Enquête du personnel ${RUN}`;
const COMMENT = `Un commentaire libre à approuver ${RUN}`;

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

test.afterAll(async () => {
  const survey = await prisma.survey.findUnique({ where: { slug: SLUG }, select: { id: true } });
  if (survey) {
    await prisma.surveyAnswer.deleteMany({ where: { response: { surveyId: survey.id } } });
    await prisma.surveyResponse.deleteMany({ where: { surveyId: survey.id } });
    await prisma.survey.delete({ where: { id: survey.id } });
  }
  await expireCachedPages(prisma); // the home page still names the survey deleted behind the app's back
  await prisma.$disconnect();
});

async function surveyId(): Promise<number> {
  return (await prisma.survey.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } })).id;
}

const click = (page: Page, name: string) => Promise.all([page.waitForURL(/[?&][a-zA-Z]+=/), page.getByRole("button", { name, exact: true }).click()]);

test("a DPGOV editor creates a survey with two kinds of questions, opens it, exports the responses and publishes the results", async ({ page, request }) => {
  await signIn(page, "DPGOV_EDITOR");
  await page.goto("/fr/staff");
  await page.getByRole("navigation", { name: "Espace de travail" }).getByRole("link", { name: "Enquêtes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enquêtes" })).toBeVisible();
  await page.getByRole("link", { name: "Nouvelle enquête" }).click();

  await page.locator("#slug").fill(SLUG);
  await page.locator("#kind").selectOption("SITE_FEEDBACK");
  await page.locator("#titleFr").fill(TITLE);
  await page.locator("#titleAr").fill(`استطلاع الموظفين ${RUN}`);
  await page.locator("#descriptionFr").fill("Votre avis sur le portail.");
  await page.locator("#q-kind").selectOption("SINGLE_CHOICE");
  await page.locator("#q-promptFr").fill("Le portail vous est-il utile ?");
  await page.locator("#q-optionsFr").fill("Oui\nNon");
  await page.locator("#q-optionsAr").fill("نعم\nلا");
  await Promise.all([page.waitForURL(/\/fr\/staff\/surveys\/\d+\?created=/), page.getByRole("button", { name: "Créer l’enquête" }).click()]);
  await expect(page.getByRole("status")).toHaveText("L’enquête a été créée.");

  await page.locator("#new-kind").selectOption("FREE_TEXT");
  await page.locator("#new-promptFr").fill("Un commentaire ?");
  await page.locator("#new-isRequired").uncheck();
  await page.locator("#new-maxLength").fill("500");
  await click(page, "Ajouter une question");
  await expect(page.getByRole("status")).toHaveText("La question a été ajoutée.");
  await expect(page.locator("[data-question]")).toHaveCount(2);

  // The last day typed is a day on the portal's clock (Casablanca, UTC+1 outside Ramadan; no
  // Ramadan falls in mid-October for years to come): open through 15 October means closed at
  // midnight in Casablanca, 23:00 UTC, and every page says "until 15 October".
  const year = new Date().getUTCFullYear() + 1;
  await page.locator("#closesOn").fill(`${year}-10-15`);
  await click(page, "Ouvrir l’enquête");
  await expect(page.getByRole("status")).toHaveText("L’enquête a été ouverte.");
  await expect(page.locator("p[data-phase]")).toHaveAttribute("data-phase", "open");
  expect((await prisma.survey.findUniqueOrThrow({ where: { slug: SLUG }, select: { closesAt: true } })).closesAt?.toISOString()).toBe(`${year}-10-15T23:00:00.000Z`);
  await expect(page.locator("p[data-phase]")).toContainText(`15 octobre ${year}`);
  // Opened: the structure is frozen, the "add a question" form is gone.
  await expect(page.locator("#new-kind")).toHaveCount(0);

  const publicList = await request.get("/fr/surveys");
  const listed = await publicList.text();
  expect(listed).toContain(TITLE);
  expect(listed).toContain(`Ouverte jusqu’au 15 octobre ${year}`);

  // An internaute answers through the API (free text included); the live count follows.
  const id = await surveyId();
  const questions = await prisma.surveyQuestion.findMany({ where: { surveyId: id }, orderBy: { position: "asc" }, select: { id: true, options: { select: { id: true }, orderBy: { position: "asc" } } } });
  const created = await request.post(`/api/v1/surveys/${id}/responses`, { data: { answers: { [questions[0]!.id]: questions[0]!.options[0]!.id, [questions[1]!.id]: COMMENT } } });
  expect(created.status()).toBe(201);
  await page.reload();
  await expect(page.locator('[data-count="total"]')).toHaveText("1");
  await expect(page.locator('[data-count="pendingModeration"]')).toHaveText("1");

  const csv = await page.request.get(`/fr/staff/surveys/${id}/responses.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark
  const lines = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3)).split(/\r?\n/);
  expect(lines[0]).toBe("response_id,submitted_at,channel,is_flagged,Q1. Le portail vous est-il utile ?,Q2. Un commentaire ?,Q2 moderation");
  expect(lines[1]).toContain("Oui");

  await click(page, "Publier les résultats");
  await expect(page.getByRole("status")).toHaveText("Les résultats ont été publiés.");
});

test("a moderator approves the free-text answer, and it shows on the published results", async ({ page, request }) => {
  const id = await surveyId();
  expect(await (await request.get(`/fr/surveys/${SLUG}/results`)).text()).not.toContain(COMMENT);
  await signIn(page, "MODERATOR");
  await page.goto("/fr/staff/surveys");
  await expect(page.getByRole("heading", { level: 1, name: "Modération des réponses libres" })).toBeVisible();
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/staff/surveys/${id}/moderation$`));
  await expect(page.getByText(COMMENT)).toBeVisible();
  await Promise.all([page.waitForURL(/approved=/), page.getByRole("button", { name: "Approuver" }).click()]);
  await expect(page.getByRole("status")).toHaveText("La réponse a été approuvée.");
  await expect(page.getByText(COMMENT)).toHaveCount(0);
  // The survey's building pages and its export stay refused to a moderator.
  expect((await page.request.get(`/fr/staff/surveys/${id}/responses.csv`)).status()).toBe(403);
  await page.goto(`/fr/surveys/${SLUG}/results`);
  await expect(page.getByText(COMMENT)).toBeVisible();
});

for (const role of ["STAKEHOLDER", "SPGOV_EDITOR"] as const) {
  test(`a ${role} is refused the survey pages and the CSV export`, async ({ page }) => {
    const id = await surveyId();
    await signIn(page, role);
    for (const path of ["/fr/staff/surveys", "/fr/staff/surveys/new", `/fr/staff/surveys/${id}`, `/fr/staff/surveys/${id}/moderation`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Accès refusé");
    }
    await expect(page.getByRole("navigation", { name: "Espace de travail" }).getByRole("link", { name: "Enquêtes" })).toHaveCount(0);
    const csv = await page.request.get(`/fr/staff/surveys/${id}/responses.csv`);
    expect(csv.status()).toBe(403);
    expect(await csv.text()).not.toContain("response_id");
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a survey form with an error comes back filled, with its error summary, axe-clean", async ({ browser, page }) => {
    await signIn(page, "DPGOV_EDITOR");
    await page.goto("/fr/staff/surveys/new");
    await page.locator("#slug").fill("Pas Valide");
    await page.locator("#titleFr").fill("Titre gardé");
    await page.locator("#q-kind").selectOption("SINGLE_CHOICE");
    await page.locator("#q-promptFr").fill("Une question sans réponses proposées");
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Créer l’enquête" }).click()]);
    const summary = page.getByRole("alert");
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: /L’identifiant compte de 3 à 100 caractères/ })).toHaveAttribute("href", "#slug");
    await expect(summary.getByRole("link", { name: "Une question à choix propose au moins deux réponses." })).toHaveAttribute("href", "#q-optionsFr");
    await expect(summary.getByRole("link", { name: "Ce champ est obligatoire." })).toHaveAttribute("href", "#descriptionFr");
    await expect(page.locator("#titleFr")).toHaveValue("Titre gardé");
    await expect(page.locator("#slug")).toHaveValue("Pas Valide");
    await expectNoAxeViolationsWithoutJs(browser, page);
  });
});
