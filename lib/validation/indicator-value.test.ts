import { describe, expect, it } from "vitest";
import { checkIndicatorTarget } from "./indicator-edit";
import { checkIndicatorValue, indicatorValueSchema, isPercentUnit } from "./indicator-value";

const today = new Date("2013-07-01T00:00:00.000Z");
const communes = { targetValue: 127, unitFr: "communes" };
const observation = (value: number, overrides: Partial<{ observedOn: Date; isAboveTargetConfirmed: boolean }> = {}) => ({ value, observedOn: today, isAboveTargetConfirmed: false, ...overrides });

describe("checkIndicatorValue", () => {
  it("accepts 0 and the target itself, refuses below 0", () => {
    expect(checkIndicatorValue(observation(0), communes, today)).toBeNull();
    expect(checkIndicatorValue(observation(127), communes, today)).toBeNull();
    expect(checkIndicatorValue(observation(-0.01), communes, today)).toEqual({ field: "value", key: "errors.valueNegative" });
  });

  it("asks for a confirmation just above the target, and accepts it confirmed", () => {
    expect(checkIndicatorValue(observation(127.01), communes, today)).toEqual({ field: "value", key: "errors.valueAboveTarget" });
    expect(checkIndicatorValue(observation(1270, { isAboveTargetConfirmed: true }), communes, today)).toBeNull();
  });

  it("never accepts a percentage above 100, even confirmed", () => {
    const share = { targetValue: 80, unitFr: "%" };
    expect(checkIndicatorValue(observation(100, { isAboveTargetConfirmed: true }), share, today)).toBeNull();
    expect(checkIndicatorValue(observation(100.5, { isAboveTargetConfirmed: true }), share, today)).toEqual({ field: "value", key: "errors.percentOver100" });
  });

  it("accepts an observation dated today, not tomorrow", () => {
    expect(checkIndicatorValue(observation(29, { observedOn: new Date("2013-07-02T00:00:00.000Z") }), communes, today)).toEqual({ field: "observedOn", key: "errors.observedInFuture" });
  });
});

describe("checkIndicatorTarget", () => {
  it("wants a positive target, at most 100 for a percentage", () => {
    expect(checkIndicatorTarget(0, "communes")).toBe("errors.targetNotPositive");
    expect(checkIndicatorTarget(0.01, "communes")).toBeNull();
    expect(checkIndicatorTarget(100, "% des communes")).toBeNull();
    expect(checkIndicatorTarget(101, "pourcentage")).toBe("errors.percentOver100");
    expect(isPercentUnit("communes")).toBe(false);
  });
});

describe("indicatorValueSchema", () => {
  const base = { observedOn: "2013-06-30", value: "1 234,5", noteFr: "", noteAr: "", sourceId: "", sourceTitle: "Rapport", sourcePublisher: "", sourceUrl: "", sourcePublishedOn: "", isAboveTargetConfirmed: "" };

  it("reads a French decimal with a space and a comma", () => {
    expect(indicatorValueSchema.parse(base).value).toBe("1234.5");
  });

  it("wants a source: an existing one or a new title, not both", () => {
    expect(indicatorValueSchema.safeParse({ ...base, sourceTitle: "" }).error?.issues[0]?.message).toBe("errors.sourceRequired");
    expect(indicatorValueSchema.safeParse({ ...base, sourceId: "3" }).error?.issues[0]?.message).toBe("errors.sourceEitherOr");
  });

  it("refuses three decimals (\"1,234\" is ambiguous: a thousand or one point two) and letters", () => {
    expect(indicatorValueSchema.safeParse({ ...base, value: "1,23" }).success).toBe(true);
    expect(indicatorValueSchema.safeParse({ ...base, value: "1,234" }).error?.issues[0]?.message).toBe("errors.numberInvalid");
    expect(indicatorValueSchema.safeParse({ ...base, value: "12 communes" }).error?.issues[0]?.message).toBe("errors.numberInvalid");
  });
});
