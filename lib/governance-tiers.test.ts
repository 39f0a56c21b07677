import { describe, expect, it } from "vitest";
import { groupByTier, tierOf } from "./governance-tiers";

describe("governance tiers", () => {
  it("places each kind of body on its level", () => {
    expect(tierOf("CIGOV")).toBe("strategic");
    expect(tierOf("MINISTERIAL_COMMITTEE")).toBe("strategic");
    expect(tierOf("DPGOV")).toBe("programme");
    expect(tierOf("SPGOV")).toBe("projects");
  });
  it("groups bodies top down and keeps their order within a level", () => {
    const groups = groupByTier([
      { slug: "cigov", kind: "CIGOV" as const },
      { slug: "spgov", kind: "SPGOV" as const },
      { slug: "dpgov", kind: "DPGOV" as const },
      { slug: "transition", kind: "MINISTERIAL_COMMITTEE" as const },
    ]);
    expect(groups.map((g) => [g.id, g.bodies.map((b) => b.slug)])).toEqual([
      ["strategic", ["cigov", "transition"]],
      ["programme", ["dpgov"]],
      ["projects", ["spgov"]],
    ]);
  });
});
