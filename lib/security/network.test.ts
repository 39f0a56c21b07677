import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { clientAddress } = await import("./network");

const headers = (value: string | null) => ({ get: (name: string) => (name === "x-forwarded-for" ? value : null) });

describe("clientAddress", () => {
  it("takes the entry our own proxy appended, not the one the client wrote", () => {
    expect(clientAddress(headers("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(headers("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });
  it("falls back to the only entry, then to a shared key", () => {
    expect(clientAddress(headers("203.0.113.7"), 3)).toBe("203.0.113.7");
    expect(clientAddress(headers(null), 1)).toBe("unknown");
  });
});
