// Hostile input against every zod schema of lib/validation (the ones the server actions and
// the survey API parse with): random, oversized, wrong-typed values, extra smuggled fields
// and Unicode edge cases. A schema must never throw; a refusal names its reason with an i18n
// key that exists in both languages; an accepted value carries none of the smuggled fields
// and nothing PostgreSQL would refuse (NUL, lone surrogates), so the insert cannot fail.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorsOf } from "../forms/form-state";
import { issueMessage, surveyTranslator } from "../surveys/issue-messages";
import { changePasswordSchema, inviteAccountSchema, setPasswordSchema, updateAccountSchema } from "./accounts";
import { parseAuditFilters } from "./audit";
import { safeNextPath, signInSchema } from "./auth";
import { indicatorTargetSchema } from "./indicator-edit";
import { indicatorValueSchema } from "./indicator-value";
import { memberSchema } from "./member-edit";
import { newsCreateSchema, newsUpdateSchema } from "./news-edit";
import { organizationSchema } from "./organization-edit";
import { projectEditSchema } from "./project-edit";
import { parseRoadmapFilters } from "./roadmap";
import { agendaSchema } from "./session-agenda";
import { decisionCreateSchema, decisionUpdateSchema } from "./session-decision";
import { sessionCreateSchema, sessionUpdateSchema } from "./session-edit";
import { editPostSchema, followSchema, lockSchema, markReadSchema, moderationSchema, newThreadSchema, parseSearchQuery, replySchema, reportSchema } from "./space";
import { surveyDefinitionSchema } from "./survey-definition";
import { answerIssuesOf, surveyResponseSchema, type QuestionRules, type ValidAnswer } from "./survey-response";

// ---------------------------------------------------------------------------------------
// Messages: a key is only clear if both languages have it.

type Namespace = "forms" | "space" | "surveys";
const messages = (locale: "fr" | "ar", namespace: Namespace) => JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", locale, `${namespace}.json`), "utf8")) as Record<string, unknown>;
const MESSAGES = { fr: {} as Record<Namespace, Record<string, unknown>>, ar: {} as Record<Namespace, Record<string, unknown>> };
for (const locale of ["fr", "ar"] as const) for (const namespace of ["forms", "space", "surveys"] as const) MESSAGES[locale][namespace] = messages(locale, namespace);

function hasMessage(namespace: Namespace, key: string): boolean {
  return (["fr", "ar"] as const).every((locale) => {
    let node: unknown = MESSAGES[locale][namespace];
    for (const part of key.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    return typeof node === "string" && node.trim() !== "";
  });
}

// ---------------------------------------------------------------------------------------
// Arbitraries.

/** Fields nobody types that a forged post may add, hoping the data layer spreads them into a write. */
const SMUGGLED = ["role", "status", "organizationId", "authorId", "userId", "actorUserId", "id", "version", "isPublished", "isHidden", "isLocked", "isAdmin", "passwordHash", "sessionVersion", "createdAt", "updatedAt", "deletedAt", "__proto__", "constructor"];

const EDGES = [
  "\u0000",
  "a\u0000b",
  "\u200f",
  "\u202e",
  "\u200e\u2066\u2069",
  "e\u0301",
  "\u0627\u0644\u0633\u0651\u064e\u0644\u0627\u0645",
  "\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}",
  "\u{1F3F3}\uFE0F\u200D\u{1F308}",
  "\ud800",
  "x\udfffy",
  "\ufeff",
  "\u2028\u2029",
  "\r\n",
  "\t",
  "\u0007\u001b[31m",
  " ",
  "%00",
  "'; DROP TABLE \"User\"; --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "javascript:alert(1)",
  "null",
  "NaN",
  "-1",
  "0",
  "1e309",
  "99999999999999999999",
  "2147483648",
  "9223372036854775808",
  "0x10",
  "2013-02-30",
  "9999-12-31",
  "__proto__",
];

/** Code units of every kind, lone surrogates included (what JSON "\ud800" gives). */
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 });
const edgeMix = fc.array(fc.constantFrom(...EDGES, "a", "Z", "9", "-", "ب", " ", "é"), { maxLength: 12 }).map((parts) => parts.join(""));
/** 2 KB to 200 KB, far above every field's limit (one 2 MB value per field is checked on its own below). */
const oversized = fc.tuple(fc.constantFrom("x", "ب", "\u0000", "\u{1F600}", "e\u0301", "1"), fc.integer({ min: 2_000, max: 200_000 })).map(([unit, size]) => unit.repeat(Math.ceil(size / unit.length)));
/** Above the longest field's limit (20,000 characters). */
const tooLong = fc.tuple(fc.constantFrom("x", "ب", "\u{1F600}", "e\u0301", "1"), fc.integer({ min: 20_001, max: 200_000 })).map(([unit, size]) => unit.repeat(size));
const TWO_MB = "\u0627".repeat(1_048_576); // 2 MB in UTF-8, above Next's 1 MB limit for an action's body

const hostileString = fc.oneof({ arbitrary: anyCodeUnits, weight: 3 }, { arbitrary: fc.constantFrom(...EDGES), weight: 3 }, { arbitrary: edgeMix, weight: 3 }, { arbitrary: oversized, weight: 1 });

const wrongTyped = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom(...SMUGGLED, "a"), fc.string(), { maxKeys: 3 }),
  fc.constant(Object.create(null) as object),
  fc.constant(new Map([["a", 1]])),
  fc.constant(Symbol("s")),
  fc.constant(() => 1),
);

const hostileValue = fc.oneof({ arbitrary: hostileString, weight: 3 }, { arbitrary: wrongTyped, weight: 1 });
const smuggledFields = fc.dictionary(fc.constantFrom(...SMUGGLED), fc.oneof(hostileValue, fc.constantFrom("ADMIN", 1, true, "PUBLISHED")), { minKeys: 1, maxKeys: 6 });

// ---------------------------------------------------------------------------------------
// What an accepted value must be.

const MAX_STORED_TEXT = 20_000; // the longest field (a news body)
/** Never stored as typed (hashed, or only checked): a NUL there reaches no text column. */
const NOT_STORED = new Set(["password", "confirmation", "currentPassword", "token", "next"]);

function collect(value: unknown, keys: Set<string>, strings: string[], seen = new Set<unknown>()): void {
  if (typeof value === "string") strings.push(value);
  if (typeof value !== "object" || value === null || seen.has(value) || value instanceof Date) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === "string" && NOT_STORED.has(key)) continue;
    if (typeof key === "string" && !Array.isArray(value)) keys.add(key);
    collect((value as Record<PropertyKey, unknown>)[key], keys, strings, seen);
  }
}

/** Accepted output: no smuggled field the schema does not declare, every string storable as PostgreSQL text. */
function expectSafeOutput(output: unknown, declared: ReadonlySet<string>): void {
  const keys = new Set<string>();
  const strings: string[] = [];
  collect(output, keys, strings);
  for (const key of keys) if (SMUGGLED.includes(key)) expect(declared.has(key), `smuggled field "${key}" kept`).toBe(true);
  for (const text of strings) {
    expect(text.includes("\u0000"), `NUL in ${JSON.stringify(text.slice(0, 40))}`).toBe(false);
    expect(text.isWellFormed(), `lone surrogate in ${JSON.stringify(text.slice(0, 40))}`).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_STORED_TEXT);
  }
}

/** A refusal's messages as the user sees them: i18n keys of the form's namespace, in both languages. */
function expectClearRefusal(error: z.ZodError, entry: Entry): void {
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) {
    // A message that is a key must exist; anything else is replaced by the generic key by the action.
    if (/^(errors|admin)\.[\w.]+$/.test(issue.message)) expect(hasMessage(entry.namespace, issue.message), `${entry.name}: "${issue.message}" missing in fr or ar`).toBe(true);
  }
  for (const key of entry.userMessages(error)) expect(hasMessage(entry.userNamespace ?? entry.namespace, key), `${entry.name}: "${key}" missing in fr or ar`).toBe(true);
}

// ---------------------------------------------------------------------------------------
// The schemas, each with a valid input as its form (or the API) sends it.

type Path = ReadonlyArray<string | number>;
type Entry = {
  name: string;
  schema: z.ZodType;
  valid: unknown;
  namespace: Namespace;
  /** What the action shows the user for a refusal (keys), by the action's own mapping. */
  userMessages: (error: z.ZodError) => string[];
  userNamespace?: Namespace;
  /** Fields people type in: an oversized or control-laden value there gets its own clear message. */
  textFields: Path[];
};

const now = new Date("2024-05-01T10:00:00.000Z").toISOString();
const formKeys = (error: z.ZodError) => Object.values(fieldErrorsOf<string>(error)) as string[];
// The staff survey forms show "admin.errors.x" as forms' "errors.survey.x" and a wrong type as "errors.numberInvalid" (surveyFieldErrors).
const surveyKeys = (error: z.ZodError) => error.issues.map((issue) => (issue.code === "invalid_type" ? "errors.numberInvalid" : issue.message.startsWith("admin.errors.") ? `errors.survey.${issue.message.slice(13)}` : "errors.invalid"));
const password = "une phrase de passe assez longue";

const news = { kind: "ANNOUNCEMENT", titleFr: "Titre", titleAr: "", summaryFr: "Chapeau", summaryAr: "", bodyFr: "Texte", bodyAr: "", publishedOn: "2013-01-01", sessionNumber: "", projectSlugs: [], sourceTitle: "", sourcePublisher: "", sourceUrl: "", sourcePublishedOn: "" };
const session = { heldOn: "2015-01-01", status: "HELD", chairName: "", chairTitleFr: "", chairTitleAr: "", summaryFr: "", summaryAr: "" };
const decision = { textFr: "Décision", textAr: "", ownerOrganizationId: "", ownerLabelFr: "", ownerLabelAr: "", dueOn: "", status: "OPEN" };
// An existing question carries its id (the schema declares it, so it is not a smuggled field there).
const question = { id: 7, kind: "FREE_TEXT", promptFr: "Un avis ?", promptAr: null, helpFr: null, helpAr: null, isRequired: false, minChoices: null, maxChoices: null, maxLength: null, projectId: null, options: [] };

const ENTRIES: Entry[] = [
  { name: "inviteAccountSchema", schema: inviteAccountSchema, valid: { email: "agent@interieur.gov.ma", name: "Agent Test", role: "STAKEHOLDER", organizationId: "" }, namespace: "forms", userMessages: formKeys, textFields: [["name"], ["email"]] },
  { name: "updateAccountSchema", schema: updateAccountSchema, valid: { name: "Agent Test", role: "SPGOV_EDITOR", organizationId: "3", isDisabled: "" }, namespace: "forms", userMessages: formKeys, textFields: [["name"]] },
  { name: "setPasswordSchema", schema: setPasswordSchema("agent@interieur.gov.ma"), valid: { token: "t".repeat(43), password, confirmation: password }, namespace: "forms", userMessages: formKeys, textFields: [["password"]] },
  { name: "changePasswordSchema", schema: changePasswordSchema("agent@interieur.gov.ma"), valid: { currentPassword: "ancienne", password, confirmation: password }, namespace: "forms", userMessages: formKeys, textFields: [["password"]] },
  { name: "signInSchema", schema: signInSchema, valid: { email: "agent@interieur.gov.ma", password: "secret", next: "/fr/staff" }, namespace: "forms", userMessages: formKeys, textFields: [["email"], ["password"]] },
  { name: "indicatorTargetSchema", schema: indicatorTargetSchema, valid: { loadedAt: now, targetValue: "1 234,5", targetOn: "2013-12-31" }, namespace: "forms", userMessages: formKeys, textFields: [["targetValue"], ["targetOn"]] },
  {
    name: "indicatorValueSchema",
    schema: indicatorValueSchema,
    valid: { observedOn: "2012-01-10", value: "12", noteFr: "", noteAr: "", sourceId: "", sourceTitle: "Rapport", sourcePublisher: "", sourceUrl: "", sourcePublishedOn: "", isAboveTargetConfirmed: "" },
    namespace: "forms",
    userMessages: formKeys,
    textFields: [["noteFr"], ["sourceTitle"], ["sourcePublisher"], ["sourceUrl"], ["value"]],
  },
  {
    name: "memberSchema",
    schema: memberSchema,
    valid: { roleFr: "Membre", roleAr: "", personName: "", officeFr: "", officeAr: "", organizationId: "", startedOn: "", endedOn: "" },
    namespace: "forms",
    userMessages: formKeys,
    textFields: [["roleFr"], ["roleAr"], ["personName"], ["officeFr"]],
  },
  { name: "newsCreateSchema", schema: newsCreateSchema, valid: { ...news, isPublished: "" }, namespace: "forms", userMessages: formKeys, textFields: [["titleFr"], ["summaryFr"], ["bodyFr"], ["bodyAr"], ["sourceTitle"]] },
  { name: "newsUpdateSchema", schema: newsUpdateSchema, valid: { ...news, loadedAt: now }, namespace: "forms", userMessages: formKeys, textFields: [["titleFr"], ["bodyFr"]] },
  { name: "organizationSchema", schema: organizationSchema, valid: { loadedAt: now, nameFr: "Organisation", nameAr: "", acronym: "ADD", websiteUrl: "https://www.add.gov.ma" }, namespace: "forms", userMessages: formKeys, textFields: [["nameFr"], ["nameAr"], ["acronym"], ["websiteUrl"]] },
  {
    name: "projectEditSchema",
    schema: projectEditSchema,
    valid: { version: "1", status: "IN_PROGRESS", progress: "10", plannedStartOn: "", plannedEndOn: "", actualStartOn: "", actualEndOn: "", reason: "Une raison valable", approvedBySession: "", milestones: [{ id: 1, plannedOn: "2013-01-01", actualOn: "" }] },
    namespace: "forms",
    userMessages: formKeys,
    textFields: [["reason"], ["progress"], ["plannedStartOn"]],
  },
  { name: "agendaSchema", schema: agendaSchema, valid: [{ titleFr: "Point", titleAr: "", isRemoved: false }], namespace: "forms", userMessages: formKeys, textFields: [[0, "titleFr"], [0, "titleAr"]] },
  { name: "decisionCreateSchema", schema: decisionCreateSchema, valid: decision, namespace: "forms", userMessages: formKeys, textFields: [["textFr"], ["ownerLabelFr"]] },
  { name: "decisionUpdateSchema", schema: decisionUpdateSchema, valid: { ...decision, loadedAt: now }, namespace: "forms", userMessages: formKeys, textFields: [["textFr"], ["textAr"]] },
  { name: "sessionCreateSchema", schema: sessionCreateSchema, valid: { ...session, number: "40" }, namespace: "forms", userMessages: formKeys, textFields: [["chairName"], ["summaryFr"], ["number"]] },
  { name: "sessionUpdateSchema", schema: sessionUpdateSchema, valid: { ...session, loadedAt: now }, namespace: "forms", userMessages: formKeys, textFields: [["chairTitleFr"], ["summaryAr"]] },
  { name: "newThreadSchema", schema: newThreadSchema, valid: { category: "echanges-generaux", title: "Un titre de sujet", body: "Un message", project: "", session: "" }, namespace: "space", userMessages: formKeys, textFields: [["title"], ["body"]] },
  { name: "replySchema", schema: replySchema, valid: { threadId: "1", to: "", body: "Une réponse" }, namespace: "space", userMessages: formKeys, textFields: [["body"]] },
  { name: "editPostSchema", schema: editPostSchema, valid: { postId: "1", body: "Corrigé" }, namespace: "space", userMessages: formKeys, textFields: [["body"]] },
  { name: "reportSchema", schema: reportSchema, valid: { postId: "1", reason: "Hors sujet" }, namespace: "space", userMessages: formKeys, textFields: [["reason"]] },
  { name: "moderationSchema", schema: moderationSchema, valid: { postId: "1", decision: "restore", note: "Rétabli" }, namespace: "space", userMessages: formKeys, textFields: [["note"]] },
  { name: "lockSchema", schema: lockSchema, valid: { threadId: "1", locked: "1" }, namespace: "space", userMessages: formKeys, textFields: [] },
  { name: "followSchema", schema: followSchema, valid: { target: "thread", threadId: "1", follow: "1" }, namespace: "space", userMessages: formKeys, textFields: [] },
  { name: "markReadSchema", schema: markReadSchema, valid: { subscriptionId: "1" }, namespace: "space", userMessages: formKeys, textFields: [] },
  {
    name: "surveyDefinitionSchema",
    schema: surveyDefinitionSchema,
    valid: { slug: "mon-enquete", kind: "SITE_FEEDBACK", titleFr: "Titre", titleAr: null, descriptionFr: "Présentation", descriptionAr: null, isIllustrative: false, questions: [question] },
    namespace: "surveys",
    userMessages: surveyKeys,
    userNamespace: "forms",
    textFields: [["titleFr"], ["titleAr"], ["descriptionFr"], ["questions", 0, "promptFr"], ["questions", 0, "helpAr"]],
  },
];

const outputAt = (output: unknown, at: Path) => at.reduce<unknown>((node, part) => (node as Record<string | number, unknown> | null)?.[part], output);
const clone = <T>(value: T): T => structuredClone(value);

function setAt(target: unknown, at: Path, value: unknown): unknown {
  const copy = clone(target);
  let node = copy as Record<string | number, unknown>;
  for (const part of at.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[at.at(-1)!] = value;
  return copy;
}

/** Every path to a field of the valid input (nested objects and arrays included). */
function fieldPaths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [prefix];
  const own = Object.keys(value).map((key) => (Array.isArray(value) ? Number(key) : key));
  return [...(prefix.length ? [prefix] : []), ...own.flatMap((key) => fieldPaths((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

function declaredKeys(value: unknown): Set<string> {
  const keys = new Set<string>();
  collect(value, keys, []);
  return keys;
}

function safeParse(schema: z.ZodType, input: unknown) {
  // Never a throw: the actions call safeParse and have no catch around it.
  let result: ReturnType<z.ZodType["safeParse"]> | undefined;
  expect(() => (result = schema.safeParse(input))).not.toThrow();
  return result!;
}

const RUNS = { numRuns: 60 };

describe.each(ENTRIES)("$name under hostile input", (entry) => {
  const paths = fieldPaths(entry.valid);
  const declared = declaredKeys(entry.valid);

  it("accepts its valid input (the baseline the other properties start from)", () => {
    const result = entry.schema.safeParse(entry.valid);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("never throws on arbitrary values", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), wrongTyped, hostileString), (input) => {
        const result = safeParse(entry.schema, input);
        if (!result.success) expectClearRefusal(result.error, entry);
        else expectSafeOutput(result.data, declared);
      }),
      RUNS,
    );
  });

  it("one hostile field and smuggled extra fields: a clear refusal, or an output without them and storable", () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), hostileValue, smuggledFields, fc.boolean(), (at, value, extra, nested) => {
        let input = setAt(entry.valid, at, value) as Record<string, unknown>;
        // Smuggled next to the fields, and (for nested inputs) inside a nested object too.
        if (!Array.isArray(input)) input = Object.assign(input, extra);
        if (nested) {
          const inner = paths.map((p) => outputAt(input, p)).find((node) => typeof node === "object" && node !== null && !Array.isArray(node) && node !== input);
          if (inner) Object.assign(inner, extra);
        }
        const result = safeParse(entry.schema, input);
        if (!result.success) expectClearRefusal(result.error, entry);
        else expectSafeOutput(result.data, declared);
      }),
      RUNS,
    );
  });

  if (entry.textFields.length > 0) {
    it("a typed field far too long is refused with that field's own message; one of control characters only is cleaned to empty", () => {
      fc.assert(
        fc.property(fc.constantFrom(...entry.textFields), tooLong, (at, value) => {
          const result = safeParse(entry.schema, setAt(entry.valid, at, value));
          expect(result.success, `${at.join(".")} accepted ${value.length} characters`).toBe(false);
          const own = result.error!.issues.filter((issue) => issue.path.join(".") === at.join("."));
          expect(own.length, `${at.join(".")}: ${JSON.stringify(result.error!.issues.map((i) => [i.path, i.message]))}`).toBeGreaterThan(0);
          for (const issue of own) expect(issue.message, `${at.join(".")} refused without its own message`).toMatch(/^(errors|admin)\./);
          expectClearRefusal(result.error!, entry);
        }),
        { numRuns: 15 },
      );
      for (const at of entry.textFields) {
        // Nothing but controls: empty once cleaned, so "required" for a required field, none for an optional one.
        const result = safeParse(entry.schema, setAt(entry.valid, at, "\u0000".repeat(30) + "\u0007\u001b"));
        if (result.success) expectSafeOutput(result.data, declared);
        else expectClearRefusal(result.error, entry);
      }
      for (const at of entry.textFields) {
        const result = safeParse(entry.schema, setAt(entry.valid, at, TWO_MB));
        expect(result.error?.issues.some((issue) => issue.path.join(".") === at.join(".") && /^(errors|admin)\./.test(issue.message)), `${at.join(".")} accepted 2 MB`).toBe(true);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------
// Unicode: what people may legitimately type comes back as typed; what PostgreSQL refuses is
// cleaned (NUL and other C0 controls dropped, a lone surrogate replaced by U+FFFD, the
// character the database would store in its place), never an error page.

const PEOPLE_TEXT = [
  "Réunion \u0627\u0644\u0644\u062c\u0646\u0629 du 12/03",
  "\u200f\u0645\u0634\u0631\u0648\u0639\u200f (RTL mark)",
  "\u202eevil.exe\u202c reversed",
  "cafe\u0301 \u1e9b\u0323 combining",
  "famille \u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466} drapeau \u{1F3F3}\uFE0F\u200D\u{1F308} \u{1F44D}\u{1F3FD}",
  "tab\tet\nligne",
];

const UNICODE_FIELDS: Array<{ entry: string; at: Path; field?: string }> = [
  { entry: "newThreadSchema", at: ["body"] },
  { entry: "newThreadSchema", at: ["title"] },
  { entry: "replySchema", at: ["body"] },
  { entry: "reportSchema", at: ["reason"] },
  { entry: "newsCreateSchema", at: ["bodyFr"] },
  { entry: "newsCreateSchema", at: ["titleFr"] },
  { entry: "memberSchema", at: ["personName"] },
  { entry: "organizationSchema", at: ["nameFr"] },
  { entry: "decisionCreateSchema", at: ["textFr"] },
  { entry: "sessionUpdateSchema", at: ["summaryFr"] },
  { entry: "indicatorValueSchema", at: ["noteFr"] },
  { entry: "projectEditSchema", at: ["reason"] },
  { entry: "updateAccountSchema", at: ["name"] },
  { entry: "surveyDefinitionSchema", at: ["descriptionFr"] },
  { entry: "surveyDefinitionSchema", at: ["questions", 0, "promptFr"] },
];

for (const field of UNICODE_FIELDS) field.field = `${field.entry} ${field.at.join(".")}`;

describe("Unicode in text fields", () => {
  const entryNamed = (name: string) => ENTRIES.find((entry) => entry.name === name)!;

  it.each(UNICODE_FIELDS)("$field keeps RTL marks, combining characters and emoji (ZWJ sequences) as typed", ({ entry, at }) => {
    for (const text of PEOPLE_TEXT) {
      if (entry === "newThreadSchema" && at[0] === "title" && /[\t\n]/.test(text)) continue; // a title is one line
      const result = entryNamed(entry).schema.safeParse(setAt(entryNamed(entry).valid, at, text));
      expect(result.error?.issues ?? [], text).toEqual([]);
      expect(outputAt(result.data, at), text).toBe(text);
    }
  });

  it.each(UNICODE_FIELDS)("$field drops NUL and control characters, and stores a lone surrogate as U+FFFD", ({ entry, at }) => {
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE_TEXT.filter((text) => !/[\t\n]/.test(text))), fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f"), fc.nat(), (text, control, position) => {
        const cut = position % (text.length + 1);
        const typed = `${text.slice(0, cut)}${control}${text.slice(cut)}`;
        const result = entryNamed(entry).schema.safeParse(setAt(entryNamed(entry).valid, at, typed));
        expect(result.error?.issues ?? [], JSON.stringify(typed)).toEqual([]);
        // A control character may have split a surrogate pair apart: cleaned, the pair is whole again.
        expect(outputAt(result.data, at)).toBe(text);
      }),
      { numRuns: 30 },
    );
    const lone = entryNamed(entry).schema.safeParse(setAt(entryNamed(entry).valid, at, "avant \ud83d apr\u00e8s"));
    expect(outputAt(lone.data, at)).toBe("avant \ufffd apr\u00e8s");
  });
});

// ---------------------------------------------------------------------------------------
// The survey response schema (web form and JSON API): per-survey, so driven with questions.

const QUESTIONS: QuestionRules[] = [
  { id: 11, kind: "SINGLE_CHOICE", isRequired: true, minChoices: null, maxChoices: null, maxLength: null, optionIds: [101, 102, 103] },
  { id: 12, kind: "MULTIPLE_CHOICE", isRequired: false, minChoices: 1, maxChoices: 2, maxLength: null, optionIds: [201, 202, 203] },
  { id: 13, kind: "RATING", isRequired: false, minChoices: null, maxChoices: null, maxLength: null, optionIds: [] },
  { id: 14, kind: "FREE_TEXT", isRequired: false, minChoices: null, maxChoices: null, maxLength: 300, optionIds: [] },
  { id: 15, kind: "PROJECT_RATING", isRequired: false, minChoices: null, maxChoices: null, maxLength: null, optionIds: [] },
];
const responseSchema = surveyResponseSchema(QUESTIONS);
const TRANSLATORS = [surveyTranslator("fr"), surveyTranslator("ar")];
const ISSUE_CODES = new Set(["required", "chooseOne", "unknownOption", "tooFew", "tooMany", "ratingRange", "notText", "tooLong", "unknownQuestion", "invalidBody"]);

describe("surveyResponseSchema under hostile input", () => {
  const answerValue = fc.oneof(hostileValue, fc.constantFrom(101, "102", ["201", "202"], [1, 2, 3], 5, "5", 0, 6, 3.5, -1, [], [""], [[101]]), fc.array(hostileValue, { maxLength: 4 }));
  const answers = fc.dictionary(fc.oneof(fc.constantFrom("11", "12", "13", "14", "15", "16", "0", "-1", "1e1", "__proto__", "constructor", "toString"), hostileString), answerValue, { maxKeys: 8 });
  const body = fc.oneof({ arbitrary: fc.record({ answers }, { requiredKeys: [] }).chain((base) => smuggledFields.map((extra) => ({ ...extra, ...base }))), weight: 4 }, { arbitrary: fc.anything(), weight: 1 }, { arbitrary: wrongTyped, weight: 1 });

  it("never throws; refusals are per-question issue codes translated in both languages; accepted answers are storable", () => {
    fc.assert(
      fc.property(body, (input) => {
        const result = safeParse(responseSchema, input);
        if (!result.success) {
          const issues = answerIssuesOf(result.error);
          expect(issues.length).toBeGreaterThan(0);
          for (const issue of issues) {
            expect(ISSUE_CODES.has(issue.code), issue.code).toBe(true);
            // As the form and the API show it (issueMessage), in both languages: a sentence, not a key.
            for (const t of TRANSLATORS) expect(issueMessage(t, issue)).not.toMatch(/^$|errors\./);
          }
          return;
        }
        expectSafeOutput(result.data, new Set(["questionId", "kind", "optionIds", "rating", "text"]));
        for (const answer of result.data as ValidAnswer[]) {
          const question = QUESTIONS.find((q) => q.id === answer.questionId)!;
          if (answer.kind === "FREE_TEXT") expect(answer.text.length).toBeLessThanOrEqual(question.maxLength!);
          if ("optionIds" in answer) for (const id of answer.optionIds) expect(question.optionIds).toContain(id);
          if ("rating" in answer) expect(answer.rating).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("free text keeps RTL text, combining characters and emoji; drops NUL and bidi controls; a lone surrogate becomes U+FFFD", () => {
    const stored = (text: string) => (responseSchema.parse({ answers: { "11": "101", "14": text } }).find((answer) => answer.kind === "FREE_TEXT") as { text: string } | undefined)?.text;
    expect(stored("\u0627\u0644\u0633\u0644\u0627\u0645 \u{1F469}\u200D\u{1F469}\u200D\u{1F467} e\u0301")).toBe("\u0627\u0644\u0633\u0644\u0627\u0645 \u{1F469}\u200D\u{1F469}\u200D\u{1F467} \u00e9"); // composed (NFC)
    expect(stored("a\u0000b\u202ec\u200f")).toBe("abc");
    expect(stored("x\ud800y")).toBe("x\ufffdy");
    expect(stored("\u0000\u0000")).toBeUndefined(); // nothing left: no answer
    expect(responseSchema.safeParse({ answers: { "11": "101", "14": "\u{1F600}".repeat(151) } }).success).toBe(false); // 302 code units > 300
  });
});

// ---------------------------------------------------------------------------------------
// Query-string readers (GET pages): malformed values are dropped, never an error page.

describe("query readers under hostile input", () => {
  const param = fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 }), fc.constant(undefined));
  const params = fc.dictionary(fc.constantFrom("q", "status", "org", "axis", "kind", "flagship", "late", "sort", "dir", "page", "perPage", "action", "actor", "entity", "outcome", "from", "to", ...SMUGGLED), param, { maxKeys: 10 });

  it("roadmap filters and audit filters never throw and keep no NUL", () => {
    fc.assert(
      fc.property(params, (raw) => {
        const roadmap = parseRoadmapFilters(raw as Record<string, string | string[] | undefined>);
        const audit = parseAuditFilters(raw as Record<string, string | string[] | undefined>);
        expect(roadmap.filters.q.includes("\u0000")).toBe(false);
        expect(roadmap.filters.q.length).toBeLessThanOrEqual(200);
        expect(Number.isInteger(roadmap.filters.page) && Number.isInteger(audit.page)).toBe(true);
        for (const text of [audit.action, audit.actorEmail, audit.entityType]) expect(text?.includes("\u0000") ?? false).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("the space search box and the sign-in 'next' path never throw, keep no NUL and never leave the site", () => {
    fc.assert(
      fc.property(param, hostileString, (query, next) => {
        const search = parseSearchQuery(query as string | string[] | undefined);
        expect(search.includes("\u0000")).toBe(false);
        expect(search.length).toBeLessThanOrEqual(200);
        const target = safeNextPath(next, "/fr/staff");
        expect(target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
