import { describe, expect, it } from "vitest";
import { refusedOrigin } from "./origin-check.mjs";

const site = { publicOrigin: "https://egov.example.ma", https: true };
const post = (url: string, headers: Record<string, string>) => ({ method: "POST", url, headers: { host: "egov.example.ma", ...headers } });

describe("refusedOrigin", () => {
  it("lets reads through whatever their origin", () => {
    expect(refusedOrigin({ method: "GET", url: "/fr", headers: { origin: "https://evil.example" } }, site)).toBeNull();
  });

  it("accepts this site's origin", () => {
    expect(refusedOrigin(post("/fr/sign-in", { origin: "https://egov.example.ma" }), site)).toBeNull();
  });

  it("refuses a foreign, a null and a missing Origin on pages and actions", () => {
    expect(refusedOrigin(post("/fr/sign-in", { origin: "https://evil.example" }), site)).toBe("foreign");
    expect(refusedOrigin(post("/fr/sign-in", { origin: "http://egov.example.ma" }), site)).toBe("foreign"); // scheme downgrade
    expect(refusedOrigin(post("/fr/sign-in", { origin: "null" }), site)).toBe("null");
    expect(refusedOrigin(post("/fr/sign-in", {}), site)).toBe("missing");
    expect(refusedOrigin({ method: "DELETE", url: "/api/v1/anything", headers: { host: "egov.example.ma" } }, site)).toBe("missing");
  });

  it("lets a program post a survey response without Origin (that API reads no cookie), not from a foreign one", () => {
    expect(refusedOrigin(post("/api/v1/surveys/7/responses", {}), site)).toBeNull();
    expect(refusedOrigin(post("/api/v1/surveys/7/responses/extra", {}), site)).toBe("missing");
    expect(refusedOrigin(post("/api/v1/surveys/7/responses", { origin: "null" }), site)).toBe("null");
    expect(refusedOrigin(post("/api/v1/surveys/7/responses", { origin: "https://evil.example" }), site)).toBe("foreign");
    expect(refusedOrigin(post("/api/auth/callback/credentials", {}), site)).toBe("missing");
  });
});
