import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeSession, encodeSession, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "./session-token";

const SECRET = "unit-test-secret-unit-test-secret-unit-test";
const claims = { uid: 7, sv: 3, authTime: Math.floor(Date.now() / 1000) };

afterEach(() => vi.useRealTimers());

describe("session tokens", () => {
  it("round-trips the claims", async () => {
    expect(await decodeSession(await encodeSession(claims, SECRET), SECRET)).toMatchObject(claims);
  });

  it("refuses a token made with another secret, or tampered with", async () => {
    const token = await encodeSession(claims, SECRET);
    expect(await decodeSession(token, "another-secret-another-secret-another-secret")).toBeNull();
    expect(await decodeSession(token.slice(0, -4) + "AAAA", SECRET)).toBeNull();
  });

  it("lapses after the idle period without a refresh", async () => {
    vi.useFakeTimers({ now: Date.now() });
    const token = await encodeSession({ ...claims, authTime: Math.floor(Date.now() / 1000) }, SECRET);
    vi.setSystemTime(Date.now() + (SESSION_IDLE_SECONDS - 60) * 1000);
    expect(await decodeSession(token, SECRET)).not.toBeNull();
    vi.setSystemTime(Date.now() + 120 * 1000);
    expect(await decodeSession(token, SECRET)).toBeNull();
  });

  it("ends after the absolute limit even when refreshed", async () => {
    const old = { ...claims, authTime: Math.floor(Date.now() / 1000) - SESSION_ABSOLUTE_SECONDS - 1 };
    expect(await decodeSession(await encodeSession(old, SECRET), SECRET)).toBeNull();
  });
});
