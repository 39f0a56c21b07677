import { describe, expect, it } from "vitest";
import { isProjectLate } from "./late";

const today = new Date("2026-11-22T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("isProjectLate", () => {
  it("is late once the planned end has passed without going live", () => {
    expect(isProjectLate({ plannedEndOn: day("2026-11-21"), status: "IN_PROGRESS" }, today)).toBe(true);
    expect(isProjectLate({ plannedEndOn: day("2013-12-31"), status: "PLANNED" }, today)).toBe(true);
  });
  it("is not late on the planned end day itself, nor without a planned end", () => {
    expect(isProjectLate({ plannedEndOn: day("2026-11-22"), status: "IN_PROGRESS" }, today)).toBe(false);
    expect(isProjectLate({ plannedEndOn: null, status: "IN_PROGRESS" }, today)).toBe(false);
  });
  it("is never late once operational or cancelled", () => {
    expect(isProjectLate({ plannedEndOn: day("2013-12-31"), status: "OPERATIONAL" }, today)).toBe(false);
    expect(isProjectLate({ plannedEndOn: day("2013-12-31"), status: "CANCELLED" }, today)).toBe(false);
  });
});
