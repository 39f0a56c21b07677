// The back office end to end: each demo role signs in and does its job, without JavaScript
// where the public would be; two editors collide; a disabled account's session dies.
import { expect, test, type Browser } from "@playwright/test";
import { createPrisma } from "../../scripts/lib/prisma-script";
import { demoAccount, e2eDatabaseUrl, signIn } from "../helpers/accounts";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "../helpers/axe";

const prisma = createPrisma(e2eDatabaseUrl());
test.afterAll(async () => prisma.$disconnect());

// The SPGOV demo account belongs to the Ministry of the Interior, which owns this project.
const OWN_PROJECT = "watiqa-ma";

async function interiorProjectNotOwned(): Promise<string> {
  const project = await prisma.project.findFirstOrThrow({ where: { ownerOrganization: { slug: { not: "ministere-interieur" } } }, orderBy: { id: "asc" }, select: { slug: true } });
  return project.slug;
}

async function newSignedInPage(browser: Browser, role: Parameters<typeof signIn>[1], options: { javaScriptEnabled?: boolean; locale?: "fr" | "ar" } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  await signIn(page, role, options.locale ?? "fr");
  return { context, page };
}

test.describe("sign-in", () => {
  test("staff pages send a visitor to sign in, and back to the page asked for", async ({ page }) => {
    await page.goto(`/fr/staff/projects/${OWN_PROJECT}`);
    await expect(page).toHaveURL(/\/fr\/sign-in\?next=%2Ffr%2Fstaff%2Fprojects%2Fwatiqa-ma/);
    const account = demoAccount("SPGOV_EDITOR");
    await page.locator("#email").fill(account.email);
    await page.locator("#password").fill(account.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(new RegExp(`/fr/staff/projects/${OWN_PROJECT}$`));
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    for (const locale of ["fr", "ar"] as const) {
      test(`a wrong password gets one message that does not reveal the account, email kept (${locale})`, async ({ page, browser }) => {
        await page.goto(`/${locale}/sign-in`);
        await page.locator("#email").fill("dpgov@demo.egov.local");
        await page.locator("#password").fill("definitely not the password");
        await page.locator("form button[type=submit]").click();
        const summary = page.getByRole("alert");
        const message = locale === "fr" ? "Adresse électronique ou mot de passe incorrect." : "البريد الإلكتروني أو كلمة المرور غير صحيحين.";
        await expect(summary).toContainText(locale === "fr" ? "Adresse électronique ou mot de passe incorrect" : "البريد الإلكتروني أو كلمة المرور غير صحيحين");
        await expect(page.locator("#email")).toHaveValue("dpgov@demo.egov.local");
        await expect(page.locator("#password")).toHaveValue("");
        await expectNoAxeViolationsWithoutJs(browser, page);
        // An unknown address gets the very same words.
        await page.locator("#email").fill("nobody@demo.egov.local");
        await page.locator("#password").fill("definitely not the password");
        await page.locator("form button[type=submit]").click();
        await expect(page.getByRole("alert").getByRole("link")).toHaveText([message]);
      });
    }

    test("an empty form names each missing field beside it and in the summary", async ({ page }) => {
      await page.goto("/fr/sign-in");
      await page.locator("form button[type=submit]").click();
      await expect(page.locator("#email-error")).toHaveText("Saisissez votre adresse électronique.");
      await expect(page.locator("#password-error")).toHaveText("Saisissez votre mot de passe.");
      await expect(page.locator("#email")).toHaveAttribute("aria-describedby", "email-error");
      await expect(page.getByRole("alert").getByRole("link")).toHaveCount(2);
    });
  });
});

test.describe("each role does its job", () => {
  test("SPGOV editor updates their ministry's project without JavaScript; the public history shows the reason", async ({ browser }) => {
    const { context, page } = await newSignedInPage(browser, "SPGOV_EDITOR", { javaScriptEnabled: false });
    await page.goto("/fr/staff");
    await expect(page.getByRole("link", { name: /Watiqa/ })).toBeVisible();
    const foreign = await interiorProjectNotOwned();
    await expect(page.locator(`a[href$="/staff/projects/${foreign}"]`)).toHaveCount(0);
    await page.goto(`/fr/staff/projects/${OWN_PROJECT}`);
    await expectNoAxeViolationsWithoutJs(browser, page);
    // A missing reason: the form comes back as filled with the error beside the field.
    await page.locator("#progress").fill("77");
    await page.getByRole("button", { name: "Enregistrer et publier" }).click();
    await expect(page.locator("#reason-error")).toContainText("Expliquez la raison");
    await expect(page.locator("#progress")).toHaveValue("77");
    await expectNoAxeViolationsWithoutJs(browser, page);
    const reason = `Raccordement de nouvelles communes ${Date.now()}`;
    await page.locator("#reason").fill(reason);
    await page.getByRole("button", { name: "Enregistrer et publier" }).click();
    await expect(page.getByRole("status")).toContainText("Modification enregistrée");
    await page.goto(`/fr/projects/${OWN_PROJECT}`);
    const entry = page.locator("#history-title").locator("..").locator("li", { hasText: reason }).first();
    await expect(entry).toContainText("77 %");
    await expect(entry).toContainText("Membre du SPGOV");
    await expect(entry.locator('[lang="fr"]', { hasText: reason })).toBeVisible();
    await context.close();
  });

  test("SPGOV editor cannot open another organisation's project", async ({ browser }) => {
    const { context, page } = await newSignedInPage(browser, "SPGOV_EDITOR");
    const foreign = await interiorProjectNotOwned();
    await page.goto(`/fr/staff/projects/${foreign}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    await expect(page.locator("form #progress")).toHaveCount(0);
    await context.close();
  });

  test("DPGOV editor re-plans a project with an approving session, in Arabic", async ({ browser }) => {
    const { context, page } = await newSignedInPage(browser, "DPGOV_EDITOR", { locale: "ar" });
    const slug = await interiorProjectNotOwned();
    await page.goto(`/ar/staff/projects/${slug}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.locator("#plannedEndOn").fill("2014-12-31");
    await page.locator("#reason").fill("إعادة برمجة بعد قرار اللجنة");
    await page.locator("#approvedBySession").selectOption({ index: 1 });
    await page.getByRole("button", { name: "حفظ ونشر" }).click();
    await expect(page.getByRole("status")).toContainText("تم حفظ التعديل");
    await expectNoAxeViolations(page);
    await page.goto(`/ar/projects/${slug}`);
    await expect(page.locator("li", { hasText: "إعادة برمجة بعد قرار اللجنة" }).first().locator('[lang="ar"]')).toBeVisible();
    await context.close();
  });

  test("administrator invites an account; the one-time link sets a password that signs in, once", async ({ browser }) => {
    const { context, page } = await newSignedInPage(browser, "ADMIN");
    await page.goto("/fr/staff/accounts");
    await expectNoAxeViolations(page);
    const email = `invitee-${Date.now()}@demo.egov.local`;
    await page.locator("#email").fill(email);
    await page.locator("#name").fill("Nouvelle personne");
    await page.locator("#role").selectOption("SPGOV_EDITOR");
    await page.getByRole("button", { name: "Créer le compte" }).click();
    // An SPGOV member without an organisation is refused, input kept.
    await expect(page.locator("#organizationId-error")).toBeVisible();
    await expect(page.locator("#email")).toHaveValue(email);
    await expect(page.locator("#role")).toHaveValue("SPGOV_EDITOR"); // choices survive the refused post too
    await page.locator("#organizationId").selectOption({ label: "Ministère de l'Intérieur" });
    await page.getByRole("button", { name: "Créer le compte" }).click();
    const link = await page.locator("[data-one-time-link]").inputValue();
    expect(link).toMatch(/\/fr\/set-password\?token=/);

    const invitee = await browser.newContext({ javaScriptEnabled: false });
    const tab = await invitee.newPage();
    await tab.goto(new URL(link).pathname + new URL(link).search);
    await tab.locator("#password").fill("azerty123456");
    await tab.locator("#confirmation").fill("azerty123456");
    await tab.locator("form button[type=submit]").click();
    await expect(tab.locator("#password-error")).toContainText("trop courant");
    await tab.locator("#password").fill("le soleil se lève sur Rabat");
    await tab.locator("#confirmation").fill("le soleil se lève sur Rabat");
    await tab.locator("form button[type=submit]").click();
    await expect(tab.getByRole("status")).toContainText("Votre mot de passe est enregistré");
    await signIn(tab, { email, password: "le soleil se lève sur Rabat" });
    await expect(tab).toHaveURL(/\/fr\/staff$/);
    await tab.goto(new URL(link).pathname + new URL(link).search);
    await expect(tab.getByRole("alert")).toContainText("n'est plus valable");
    await invitee.close();
    await context.close();
  });

  test("administrator reads the audit log, filtered", async ({ browser }) => {
    const { context, page } = await newSignedInPage(browser, "ADMIN");
    await page.goto("/fr/staff/audit?action=auth.sign-in&outcome=SUCCESS");
    const rows = page.locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    for (const outcome of await rows.evaluateAll((list) => list.map((row) => row.getAttribute("data-audit-outcome")))) expect(outcome).toBe("SUCCESS");
    await expectNoAxeViolations(page);
    await context.close();
  });

  test("moderator and stakeholder have no project or account rights", async ({ browser }) => {
    for (const role of ["MODERATOR", "STAKEHOLDER"] as const) {
      const { context, page } = await newSignedInPage(browser, role);
      await page.goto("/fr/staff");
      // A stakeholder is sent on to the collaborative space; a moderator is told what they may not do.
      if (role === "STAKEHOLDER") await expect(page).toHaveURL(/\/fr\/space$/);
      else await expect(page.getByText("Votre rôle ne permet pas de modifier les projets")).toBeVisible();
      await page.goto("/fr/staff/accounts");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
      await context.close();
    }
  });
});

test("two editors save the same project: one save, one conflict that keeps the second editor's input", async ({ browser }) => {
  const first = await newSignedInPage(browser, "DPGOV_EDITOR");
  const second = await newSignedInPage(browser, "ADMIN");
  const slug = await interiorProjectNotOwned();
  await Promise.all([first.page.goto(`/fr/staff/projects/${slug}`), second.page.goto(`/fr/staff/projects/${slug}`)]);
  await first.page.locator("#progress").fill("31");
  await first.page.locator("#reason").fill("Mise à jour par le premier éditeur");
  await first.page.getByRole("button", { name: "Enregistrer et publier" }).click();
  await expect(first.page.getByRole("status")).toContainText("Modification enregistrée");

  await second.page.locator("#progress").fill("64");
  await second.page.locator("#reason").fill("Mise à jour par le second éditeur");
  await second.page.getByRole("button", { name: "Enregistrer et publier" }).click();
  const conflict = second.page.getByRole("alert").filter({ hasText: "Ce projet a changé entre-temps" });
  await expect(conflict).toBeVisible();
  await expect(conflict.locator('[data-conflict-field="progress"]')).toContainText("31");
  await expect(conflict.locator('[data-conflict-field="progress"]')).toContainText("64");
  await expect(second.page.locator("#progress")).toHaveValue("64");
  await expect(second.page.locator("#reason")).toHaveValue("Mise à jour par le second éditeur");
  expect((await prisma.project.findUniqueOrThrow({ where: { slug } })).progress).toBe(31);
  await expectNoAxeViolations(second.page);
  // Saving again is now a deliberate choice, on top of the first editor's version.
  await second.page.getByRole("button", { name: "Enregistrer et publier" }).click();
  await expect(second.page.getByRole("status")).toContainText("Modification enregistrée");
  expect((await prisma.project.findUniqueOrThrow({ where: { slug } })).progress).toBe(64);
  await first.context.close();
  await second.context.close();
});

test("a disabled account's open session stops working on its next request", async ({ browser }) => {
  const email = `to-disable-${Date.now()}@demo.egov.local`;
  const { hashPassword } = await import("../../lib/auth/password");
  const user = await prisma.user.create({ data: { email, name: "À désactiver", role: "DPGOV_EDITOR", passwordHash: await hashPassword("une phrase de passe solide") } });
  const victim = await newSignedInPage(browser, { email, password: "une phrase de passe solide" });
  await victim.page.goto("/fr/staff");
  await expect(victim.page.getByRole("heading", { level: 1 })).toHaveText("Projets à mettre à jour");

  const admin = await newSignedInPage(browser, "ADMIN");
  await admin.page.goto(`/fr/staff/accounts/${user.id}`);
  await admin.page.locator("#isDisabled").check();
  await admin.page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(admin.page.getByRole("status")).toContainText("Compte enregistré");

  await victim.page.goto("/fr/staff");
  await expect(victim.page).toHaveURL(/\/fr\/sign-in/);
  await admin.context.close();
  await victim.context.close();
});

test("signing out ends the session everywhere", async ({ browser }) => {
  const one = await newSignedInPage(browser, "MODERATOR");
  const two = await newSignedInPage(browser, "MODERATOR");
  await one.page.goto("/fr/staff");
  await one.page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(one.page).toHaveURL(/\/fr$/);
  await two.page.goto("/fr/staff");
  await expect(two.page).toHaveURL(/\/fr\/sign-in/);
  await one.context.close();
  await two.context.close();
});
