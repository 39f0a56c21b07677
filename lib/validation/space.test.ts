import { describe, expect, it } from "vitest";
import { editPostSchema, moderationSchema, newThreadSchema, parseSearchQuery, replySchema } from "./space";

describe("space forms", () => {
  it("drops NUL and other control characters before checking lengths, and keeps newlines", () => {
    const parsed = editPostSchema.parse({ postId: "12", body: "a\u0000b\u0007\r\nc" });
    expect(parsed).toEqual({ postId: 12, body: "ab\nc" });
    expect(editPostSchema.safeParse({ postId: "12", body: "\u0000\u0000 " }).error?.issues[0]?.message).toBe("errors.bodyRequired");
  });

  it("accepts only plain positive ids within PostgreSQL's int range", () => {
    for (const id of ["0", "-1", "1e3", "01", "2147483648", " ", "abc"])
      expect(replySchema.safeParse({ threadId: id, to: "", body: "ok ok" }).success, id).toBe(false);
    expect(replySchema.parse({ threadId: "2147483647", to: "", body: "ok ok" })).toEqual({ threadId: 2147483647, to: null, body: "ok ok" });
    expect(replySchema.parse({ threadId: "3", to: "5", body: "ok ok" }).to).toBe(5);
  });

  it("names the field and the reason of each refusal with an i18n key", () => {
    const result = newThreadSchema.safeParse({ category: "echanges-generaux", title: "abc", body: "x".repeat(10_001), project: "Not A Slug", session: "x" });
    expect(Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]))).toEqual({
      title: "errors.titleRequired",
      body: "errors.bodyTooLong",
      project: "errors.projectUnknown",
      session: "errors.sessionUnknown",
    });
    expect(moderationSchema.safeParse({ postId: "1", decision: "delete", note: "ok" }).error?.issues.map((issue) => issue.message)).toEqual([
      "errors.decisionRequired",
      "errors.noteRequired",
    ]);
  });

  it("bounds the search query", () => {
    expect(parseSearchQuery(["a", "b"])).toBe("");
    expect(parseSearchQuery("  état\u0000 civil ")).toBe("état civil");
    expect(parseSearchQuery("x".repeat(500))).toHaveLength(200);
  });
});
