import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fieldMessageKey, type FieldDoc } from "./fields";
import { INDICATOR_FIELDS } from "./indicator-records";
import { PROJECT_FIELDS } from "./project-columns";
import { SESSION_FIELDS } from "./session-records";

const documented: Record<string, readonly FieldDoc[]> = { projects: PROJECT_FIELDS, sessions: SESSION_FIELDS, indicators: INDICATOR_FIELDS };

function openDataMessages(locale: string) {
  const file = path.resolve(import.meta.dirname, "..", "..", "messages", locale, "openData.json");
  return JSON.parse(readFileSync(file, "utf8")) as { fields: Record<string, Record<string, string>>; types: Record<string, string> };
}

describe("open-data documentation", () => {
  for (const locale of ["fr", "ar"]) {
    const messages = openDataMessages(locale);
    it(`explains every field of every endpoint, and no other, in ${locale}`, () => {
      for (const [endpoint, fields] of Object.entries(documented)) {
        expect(Object.keys(messages.fields[endpoint] ?? {}).sort(), `${locale} ${endpoint}`).toEqual(fields.map((f) => fieldMessageKey(f.key)).sort());
      }
    });
    it(`names every field type in ${locale}`, () => {
      for (const fields of Object.values(documented)) for (const f of fields) expect(messages.types[f.type], f.type).toBeTruthy();
    });
  }
  it("keys do not collide once turned into message keys", () => {
    for (const fields of Object.values(documented)) {
      const keys = fields.map((f) => fieldMessageKey(f.key));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
