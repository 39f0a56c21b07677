// The demo accounts of the running e2e server (scripts/e2e-server.ts writes them at start).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { DemoAccount } from "../../prisma/seed/demo-accounts";

export type DemoRole = "ADMIN" | "DPGOV_EDITOR" | "SPGOV_EDITOR" | "MODERATOR" | "STAKEHOLDER";

export function serverInfo(): { databaseUrl: string; accounts: DemoAccount[]; dataDir: string } {
  const port = process.env.E2E_PORT ?? "3100";
  return JSON.parse(readFileSync(path.join(process.env.EGOV_DIST_DIR ?? `.next-e2e-${port}`, "e2e-accounts.json"), "utf8"));
}

export function demoAccount(role: DemoRole): DemoAccount {
  const account = serverInfo().accounts.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`no demo account with role ${role}`);
  return account;
}

/** The e2e server's database, for checking what a request did or did not write. */
export function e2eDatabaseUrl(): string {
  return serverInfo().databaseUrl;
}

/** Signs in through the real form (works with JavaScript on or off). */
export async function signIn(page: Page, role: DemoRole | { email: string; password: string }, locale: "fr" | "ar" = "fr"): Promise<void> {
  const account = typeof role === "string" ? demoAccount(role) : role;
  await page.goto(`/${locale}/sign-in`);
  await page.locator("#email").fill(account.email);
  await page.locator("#password").fill(account.password);
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith("/sign-in")), page.locator("form button[type=submit]").click()]);
}
