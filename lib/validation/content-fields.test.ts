import { describe, expect, it } from "vitest";
import { z } from "zod";
import { anyDay, optionalDay, optionalUrl, parseDay, requireFrenchWithArabic, requiredDay } from "./content-fields";
import { agendaFormInput, agendaSchema, keptAgendaItems } from "./session-agenda";

const messageOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message;

describe("dates", () => {
  it("reads real calendar days only", () => {
    expect(parseDay("2013-06-07")).toEqual(new Date("2013-06-07T00:00:00.000Z"));
    expect(parseDay("2013-02-30")).toBeNull();
    expect(parseDay("7/6/2013")).toBeNull();
  });

  it("keeps typos like 2110 out of ordinary dates, but lets a session date through to its own rule", () => {
    expect(messageOf(requiredDay, "2110-02-22")).toBe("errors.dateInvalid");
    expect(messageOf(requiredDay, "")).toBe("errors.dateRequired");
    expect(optionalDay.parse(" ")).toBeNull();
    expect(anyDay.parse("2110-02-22")).toEqual(new Date("2110-02-22T00:00:00.000Z"));
  });
});

describe("optionalUrl", () => {
  it("accepts http and https addresses, refuses other schemes and bare words", () => {
    expect(optionalUrl.parse(" https://www.exemple.ma/page ")).toBe("https://www.exemple.ma/page");
    expect(optionalUrl.parse("")).toBeNull();
    for (const value of ["javascript:alert(1)", "data:text/html,x", "ftp://exemple.ma", "exemple", "https://localhost"]) expect(messageOf(optionalUrl, value), value).toBe("errors.urlInvalid");
  });
});

describe("requireFrenchWithArabic", () => {
  it("flags the French field when only the Arabic one is filled", () => {
    const schema = z.object({ titleFr: z.string(), titleAr: z.string() }).superRefine((value, context) => requireFrenchWithArabic(value, context, [["titleFr", "titleAr"]]));
    expect(schema.safeParse({ titleFr: "", titleAr: "عنوان" }).error?.issues[0]).toMatchObject({ path: ["titleFr"], message: "errors.frenchRequiredWithArabic" });
    expect(schema.safeParse({ titleFr: "Titre", titleAr: "" }).success).toBe(true);
  });
});

describe("agenda rows", () => {
  it("keeps filled rows in order, drops removed and empty ones", () => {
    const form = new FormData();
    form.set("rowCount", "4");
    form.set("item-1-fr", "Ouverture");
    form.set("item-2-fr", "Retiré");
    form.set("item-2-remove", "on");
    form.set("item-3-fr", "  ");
    form.set("item-4-fr", "Clôture");
    form.set("item-4-ar", "الاختتام");
    expect(keptAgendaItems(agendaSchema.parse(agendaFormInput(form)))).toEqual([
      { titleFr: "Ouverture", titleAr: null },
      { titleFr: "Clôture", titleAr: "الاختتام" },
    ]);
  });

  it("refuses an Arabic title without its French one, on that row", () => {
    const form = new FormData();
    form.set("rowCount", "2");
    form.set("item-2-ar", "نقطة");
    expect(agendaSchema.safeParse(agendaFormInput(form)).error?.issues[0]).toMatchObject({ path: [1, "titleFr"], message: "errors.frenchRequiredWithArabic" });
  });
});
