// axe checks for e2e specs, including pages reached with JavaScript disabled.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * axe runs inside the page, which a JavaScript-disabled context forbids. So the HTML the
 * server sent (say, a form returned with its errors) is replayed at the same URL, without
 * its <script> elements, in a context where axe may run: nothing hydrates, and the page is
 * checked exactly as a no-JavaScript visitor got it (styles included).
 */
export async function expectNoAxeViolationsWithoutJs(browser: Browser, page: Page): Promise<void> {
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const url = page.url();
  // javaScriptEnabled explicitly: Playwright Test applies the spec's `use` options to new contexts.
  const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined, javaScriptEnabled: true });
  try {
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
    const copy = await context.newPage();
    await copy.goto(url);
    await expectNoAxeViolations(copy);
  } finally {
    await context.close();
  }
}
