import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages, namespaces } from "./messages";

/** Every key path of a nested messages object, e.g. "home.title". */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, nested]) => keyPaths(nested, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("French and Arabic have exactly the same keys", async () => {
    const [fr, ar] = await Promise.all([loadMessages("fr"), loadMessages("ar")]);
    expect(keyPaths(ar).sort()).toEqual(keyPaths(fr).sort());
  });
  it("every namespace file is loaded", () => {
    const root = path.resolve(import.meta.dirname, "..", "..", "messages");
    for (const locale of ["fr", "ar"]) {
      const files = readdirSync(path.join(root, locale)).map((file) => file.replace(/\.json$/, ""));
      expect(files.sort()).toEqual([...namespaces].sort());
    }
  });
  it("no message is empty", async () => {
    for (const locale of ["fr", "ar"] as const) {
      const messages = await loadMessages(locale);
      for (const key of keyPaths(messages)) {
        const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(String(text).trim(), `${locale}:${key}`).not.toBe("");
      }
    }
  });
});
