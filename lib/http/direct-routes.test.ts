import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { directRouteFor } = await import("./direct-routes");
const { MAX_BODY_BYTES } = await import("../surveys/api-http");

describe("directRouteFor", () => {
  it("takes survey submissions through the API, with the route's own body limit", () => {
    const route = directRouteFor("POST", "/api/v1/surveys/12/responses");
    expect(route).not.toBeNull();
    expect(route!.bodyLimit).toBe(MAX_BODY_BYTES);
  });

  it("leaves every other method and address to Next", () => {
    expect(directRouteFor("GET", "/api/v1/surveys/12/responses")).toBeNull();
    expect(directRouteFor("HEAD", "/api/v1/surveys/12/responses")).toBeNull();
    expect(directRouteFor("POST", "/api/v1/surveys/12/responses/")).toBeNull();
    expect(directRouteFor("POST", "/api/v1/surveys/12")).toBeNull();
    expect(directRouteFor("POST", "/api/v1/surveys/1/2/responses")).toBeNull();
    expect(directRouteFor("POST", "/fr/surveys/12")).toBeNull();
    // A malformed escape is Next's to answer, as for any route.
    expect(directRouteFor("POST", "/api/v1/surveys/%E0%A4%A/responses")).toBeNull();
  });

  it("answers an unknown survey as Next's route does, without touching the database", async () => {
    // Ids the route refuses before any read: not a positive integer of at most 9 digits.
    for (const id of ["0", "abc", "1234567890", "-1"]) {
      const route = directRouteFor("POST", `/api/v1/surveys/${id}/responses`)!;
      const response = await route.handle(new Request(`http://localhost/api/v1/surveys/${id}/responses`, { method: "POST", body: "{}" }));
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
    }
  });
});
