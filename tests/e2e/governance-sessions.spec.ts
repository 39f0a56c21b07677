import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";

// Governance bodies, organisations, committee sessions and the sessions calendar, against
// the seeded programme data (prisma/seed): CIGOV sessions 1 (22 Feb 2010) and 11 (7 June 2013).

const PAGES = [
  "/governance",
  "/governance/cigov",
  "/governance/spgov",
  "/governance/dpgov",
  "/governance/comite-ministres-gouvernance-transitoire",
  "/organizations",
  "/organizations/dpgov",
  "/sessions",
  "/sessions/1",
  "/sessions/11",
];

async function expectSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const locale of ["fr", "ar"] as const) {
  test(`governance and session pages render in ${locale} with one h1 and the right direction`, async ({ page }) => {
    for (const path of PAGES) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html"), path).toHaveAttribute("lang", locale);
      await expect(page.locator("html"), path).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expect(page.locator("h1"), path).toHaveCount(1);
      await expect(page.locator("main"), path).toHaveCount(1);
    }
  });
}

test("governance overview shows the three tiers and the transitional committee, linked to their pages", async ({ page }) => {
  await page.goto("/fr/governance");
  const tiers = page.locator("[data-tier]");
  await expect(tiers).toHaveCount(3);
  await expect(tiers.nth(0)).toContainText("Niveau stratégique");
  await expect(tiers.nth(0).locator('[data-body="cigov"]')).toBeVisible();
  await expect(tiers.nth(0).locator('[data-body="comite-ministres-gouvernance-transitoire"]')).toBeVisible();
  await expect(tiers.nth(1).locator('[data-body="dpgov"]')).toContainText("Rattachement : CIGOV");
  await expect(tiers.nth(2).locator('[data-body="spgov"]')).toBeVisible();
  await page.getByRole("link", { name: /^SPGOV/ }).click();
  await expect(page).toHaveURL(/\/fr\/governance\/spgov$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Structures de pilotage e-gouvernement");
  // The SPGOV's reported size (40 members) is stated with its source.
  await expect(page.locator("main")).toContainText("40 membres");
  await expect(page.getByTestId("source-citation")).toContainText("Conseil de gouvernement");
});

test("CIGOV page lists missions, its chair with organisation, dated figures with source, and its sessions", async ({ page }) => {
  await page.goto("/fr/governance/cigov");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Comité interministériel e-gouvernement");
  await expect(page.getByRole("navigation", { name: "Fil d’Ariane" })).toContainText("Gouvernance du programme");
  await expect(page.locator("section").filter({ has: page.getByRole("heading", { name: "Missions" }) }).locator("ol > li")).toHaveCount(4);
  const members = page.getByRole("table", { name: /Membres/ });
  await expect(members.locator("th[scope=col]")).toHaveCount(3);
  const chair = members.getByRole("row").filter({ hasText: "Président" });
  await expect(chair).toContainText("Abdelkader Amara");
  await expect(chair.getByRole("link")).toHaveAttribute("href", "/fr/organizations/ministere-industrie-commerce-nouvelles-technologies");
  const figures = page.getByRole("table", { name: /Chiffres rapportés/ });
  const permanent = figures.locator("tbody tr").filter({ hasText: "15 membres" });
  await expect(permanent).toHaveCount(1);
  await expect(permanent).toContainText("17 avril 2010");
  await expect(permanent).toContainText("L'Opinion");
  await expect(page.getByRole("link", { name: "11e session" })).toHaveAttribute("href", "/fr/sessions/11");
  await expect(page.getByRole("link", { name: "1re session" })).toHaveAttribute("href", "/fr/sessions/1");
});

test("the transitional committee lists its ministers by office and organisation", async ({ page }) => {
  await page.goto("/ar/governance/comite-ministres-gouvernance-transitoire");
  const members = page.getByRole("table");
  await expect(members.locator("tbody tr")).toHaveCount(10);
  await expect(members).toContainText("رئيس الحكومة");
});

test("organisations show how up to date their projects are, and an organisation's projects link to project pages", async ({ page }) => {
  await page.goto("/fr/organizations");
  const table = page.getByRole("table", { name: /Organismes/ });
  await expect(table.locator("th[scope=col]")).toHaveCount(4);
  const dpgov = table.locator('[data-organization="dpgov"]');
  // Seeded just now: the oldest update is today.
  await expect(dpgov.locator("[data-days]")).toHaveAttribute("data-days", "0");
  await expect(dpgov.locator("[data-freshness]")).toHaveText("à jour");
  await dpgov.getByRole("link").click();
  await expect(page).toHaveURL(/\/fr\/organizations\/dpgov$/);
  await expect(page.locator("[data-oldest-update]")).toContainText("aujourd’hui");
  const projects = page.getByRole("table", { name: /Projets portés par/ });
  const row = projects.locator('[data-project="prise-rendez-vous-en-ligne"]');
  await expect(row.getByRole("link", { name: "Prise de rendez-vous en ligne" })).toHaveAttribute("href", "/fr/projects/prise-rendez-vous-en-ligne");
  await expect(row.locator("[data-status]")).toHaveText("En cours");
  await expect(row).toContainText("%");
  await expect(row.locator("[data-days]")).toHaveAttribute("data-days", "0");
});

test("the session list shows number, date, chair and counts, latest first", async ({ page }) => {
  await page.goto("/fr/sessions");
  const table = page.getByRole("table", { name: /Sessions du comité/ });
  const rows = table.locator("tbody tr");
  await expect(rows.nth(0)).toHaveAttribute("data-session", "11");
  await expect(rows.nth(1)).toHaveAttribute("data-session", "1");
  await expect(rows.nth(0).getByRole("rowheader")).toHaveText("11e session");
  await expect(rows.nth(0)).toContainText("7 juin 2013");
  await expect(rows.nth(0)).toContainText("Abdelkader Amara");
  // agenda items, decisions, projects reviewed, services launched, demonstrations
  await expect(rows.nth(0).locator("td.tabular-nums")).toHaveText(["8", "1", "2", "3", "4"]);
  await expect(rows.nth(1)).toContainText("22 février 2010");
  await expect(page.getByTestId("calendar-link")).toHaveAttribute("href", "/fr/sessions/calendar.ics");
});

test("the 11th session shows its chair, decisions, projects reviewed, services launched, demonstrations and news", async ({ page }) => {
  await page.goto("/fr/sessions/11");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("11e session");
  await expect(page.getByTestId("session-facts")).toContainText("7 juin 2013");
  await expect(page.getByTestId("session-chair")).toContainText("Abdelkader Amara");
  await expect(page.getByTestId("session-chair")).toContainText("Ministre de l'Industrie");
  await expect(page.locator("section").filter({ has: page.getByRole("heading", { name: "Ordre du jour" }) }).locator("li")).toHaveCount(8);

  const decisions = page.getByRole("table", { name: "Décisions de la 11e session" });
  await expect(decisions.getByRole("rowheader")).toHaveCount(1);
  await expect(decisions.getByRole("rowheader")).toContainText("ministres");
  await expect(decisions.locator("th[scope=col]")).toHaveText(["Décision", "Responsable", "Échéance", "État"]);

  const reviews = page.getByTestId("reviews");
  await expect(reviews.locator("[data-project]")).toHaveCount(2);
  await expect(reviews.locator('a[href="/fr/projects/identifiant-unique-citoyen"]')).toHaveCount(1);
  await expect(reviews.locator('a[href="/fr/projects/watiqa-ma"]')).toHaveCount(1);
  const launches = page.getByTestId("launches");
  const criminalRecord = launches.locator('[data-project="casier-judiciaire-en-ligne"]');
  await expect(criminalRecord).toContainText("19 février 2013");
  await expect(criminalRecord).toContainText("Casablanca");
  await expect(launches.locator('[data-project="portail-du-consommateur"]')).toContainText("5 mars 2013");
  await expect(launches.locator("[data-project]")).toHaveCount(3);

  const demonstrations = page.getByTestId("demonstrations").locator("li");
  await expect(demonstrations).toHaveCount(4);
  await expect(demonstrations.nth(0)).toContainText("maroc.ma");
  await expect(demonstrations.nth(3)).toContainText("Barid eBox");
  await expect(demonstrations.nth(1).getByRole("link")).toHaveAttribute("href", "/fr/projects/prise-rendez-vous-en-ligne");

  // Announced items: the session announced no dates for the following sessions.
  await expect(page.getByTestId("announced-dates")).toContainText("n’a pas annoncé de date");
  await expect(page.locator('a[href="/fr/news/2013-06-07-cigov-11e-session"]')).toHaveCount(1);
  await expect(page.getByTestId("source-citation")).toContainText("11ème Session du Comité Inter-ministériel");
  await expect(page.getByRole("navigation", { name: "Autres sessions" }).getByRole("link")).toHaveAttribute("href", "/fr/sessions/1");
});

test("the 1st session is dated 22 February 2010 and announced the next three dates", async ({ page }) => {
  await page.goto("/fr/sessions/1");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("1re session");
  await expect(page.getByTestId("session-facts").locator("time").first()).toHaveAttribute("datetime", "2010-02-22");
  await expect(page.getByTestId("session-facts")).toContainText("22 février 2010");
  await expect(page.getByTestId("announced-dates").locator("li")).toHaveText(["21 juin 2010", "20 septembre 2010", "20 décembre 2010"]);
  await expect(page.getByTestId("announced-dates").locator("time").first()).toHaveAttribute("datetime", "2010-06-21");
});

test("the 11th session in Arabic is right-to-left with Arabic content", async ({ page }) => {
  await page.goto("/ar/sessions/11");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("الدورة 11");
  await expect(page.getByTestId("session-chair")).toContainText("وزير الصناعة");
  await expect(page.getByTestId("demonstrations").locator("li")).toHaveCount(4);
  await expect(page.getByTestId("announced-dates")).toContainText("لم تعلن هذه الدورة");
  await expect(page.getByRole("navigation", { name: "مسار التنقل" })).toBeVisible();
});

test("unknown sessions, bodies and organisations are localized 404 pages", async ({ page }) => {
  for (const [path, heading] of [
    ["/fr/sessions/99", "Page introuvable"],
    ["/fr/sessions/onze", "Page introuvable"],
    ["/fr/sessions/011", "Page introuvable"],
    ["/fr/sessions/-1", "Page introuvable"],
    ["/ar/sessions/99999999999999", "الصفحة غير موجودة"],
    ["/fr/governance/inconnu", "Page introuvable"],
    ["/ar/governance/inconnu", "الصفحة غير موجودة"],
    ["/fr/organizations/inconnu", "Page introuvable"],
  ]) {
    const response = await page.goto(path!);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading!);
  }
});

test.describe("iCalendar feed of upcoming sessions", () => {
  test("is UTF-8 text/calendar with CRLF lines folded at 75 octets, and parses", async ({ request }) => {
    for (const locale of ["fr", "ar"]) {
      const response = await request.get(`/${locale}/sessions/calendar.ics`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
      const text = (await response.body()).toString("utf8");
      expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
      expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
      expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
      expect(String(calendar.getFirstPropertyValue("prodid"))).toContain(locale.toUpperCase());
      // Every event has a UID, a DTSTAMP and an all-day start.
      for (const vevent of calendar.getAllSubcomponents("vevent")) {
        expect(vevent.getFirstPropertyValue("uid")).toBeTruthy();
        expect(vevent.getFirstPropertyValue("dtstamp")).toBeTruthy();
        expect(new ICAL.Event(vevent).startDate.isDate).toBe(true);
      }
      // Only dates still to come: the dates the 1st session announced (2010) are past.
      expect(text).not.toContain("DTSTART;VALUE=DATE:2010");
    }
    const arabic = (await (await request.get("/ar/sessions/calendar.ics")).body()).toString("utf8");
    expect(arabic).toContain("X-WR-CALNAME:دورات اللجنة الوزارية المشتركة");
  });

  test("an unknown language is a 404", async ({ request }) => {
    expect((await request.get("/xx/sessions/calendar.ics")).status()).toBe(404);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the 11th session page renders fully on the server", async ({ page }) => {
    await page.goto("/fr/sessions/11");
    await expect(page.getByTestId("session-chair")).toContainText("Abdelkader Amara");
    await expect(page.getByTestId("demonstrations").locator("li")).toHaveCount(4);
    await page.getByRole("link", { name: "Sessions du comité interministériel" }).first().click();
    await expect(page).toHaveURL(/\/fr\/sessions$/);
    await expect(page.locator("tbody tr")).toHaveCount(2);
  });
});

for (const locale of ["fr", "ar"] as const) {
  for (const width of [1280, 360]) {
    test(`governance, organisation and session pages in ${locale} at ${width}px have no serious accessibility violations`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const path of ["/governance", "/governance/cigov", "/organizations", "/organizations/dpgov", "/sessions", "/sessions/11"]) {
        await page.goto(`/${locale}${path}`);
        await expectSeriousAxeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} overflows sideways`).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }
}
