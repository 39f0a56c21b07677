import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createRespondentToken, respondentKeyOf, signRespondentToken, verifyRespondentToken } from "./respondent-token";

const key = randomBytes(32);

describe("respondent token", () => {
  it("verifies what it signed and gives back the token", () => {
    const token = createRespondentToken();
    expect(verifyRespondentToken(signRespondentToken(token, key), key)).toBe(token);
  });

  it("refuses another key, a changed token or signature, and malformed values", () => {
    const token = createRespondentToken();
    const signed = signRespondentToken(token, key);
    expect(verifyRespondentToken(signed, randomBytes(32))).toBeNull();
    const other = createRespondentToken();
    expect(verifyRespondentToken(`${other}.${signed.split(".")[1]}`, key)).toBeNull();
    expect(verifyRespondentToken(`${token}.${"A".repeat(43)}`, key)).toBeNull();
    for (const bad of [undefined, null, "", token, `${signed}.x`, "a.b", `${token}.${signed.split(".")[1]}=`, "x".repeat(500)]) {
      expect(verifyRespondentToken(bad, key), String(bad)).toBeNull();
    }
  });

  it("creates a new 256-bit token each time", () => {
    const tokens = new Set(Array.from({ length: 100 }, createRespondentToken));
    expect(tokens.size).toBe(100);
    expect([...tokens][0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("stores a per-survey hash: the same person is not linkable across surveys", () => {
    const token = createRespondentToken();
    expect(respondentKeyOf(token, 1)).toMatch(/^[0-9a-f]{64}$/);
    expect(respondentKeyOf(token, 1)).toBe(respondentKeyOf(token, 1));
    expect(respondentKeyOf(token, 1)).not.toBe(respondentKeyOf(token, 2));
    expect(respondentKeyOf(token, 1)).not.toContain(token);
  });
});
