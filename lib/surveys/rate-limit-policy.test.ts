import { describe, expect, it } from "vitest";
import { judgeSubmission, secondsUntilNextWindow, SURVEY_RATE_LIMIT, windowStartOf } from "./rate-limit-policy";

describe("survey rate limit policy", () => {
  it("never refuses within the limit, flags past the burst line", () => {
    expect(judgeSubmission(1)).toEqual({ isRefused: false, isFlagged: false });
    expect(judgeSubmission(SURVEY_RATE_LIMIT.flagAfter)).toEqual({ isRefused: false, isFlagged: false });
    expect(judgeSubmission(SURVEY_RATE_LIMIT.flagAfter + 1)).toEqual({ isRefused: false, isFlagged: true });
    expect(judgeSubmission(SURVEY_RATE_LIMIT.maxPerWindow)).toEqual({ isRefused: false, isFlagged: true });
    expect(judgeSubmission(SURVEY_RATE_LIMIT.maxPerWindow + 1)).toEqual({ isRefused: true, isFlagged: true });
  });

  it("uses fixed windows aligned on the epoch", () => {
    const now = new Date("2026-06-01T12:34:56.789Z");
    expect(windowStartOf(now, 600).toISOString()).toBe("2026-06-01T12:30:00.000Z");
    expect(secondsUntilNextWindow(now, 600)).toBe(304);
    expect(secondsUntilNextWindow(new Date("2026-06-01T12:30:00.000Z"), 600)).toBe(600);
  });
});
