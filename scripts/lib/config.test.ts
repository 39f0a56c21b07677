import net from "node:net";
import { describe, expect, it } from "vitest";
import { assertPortFree, ConfigError, describeDatabaseUrl, readPort } from "./config";

describe("readPort", () => {
  it("defaults to 3000 and accepts a valid port", () => {
    expect(readPort(undefined)).toBe(3000);
    expect(readPort("8080")).toBe(8080);
  });
  it("refuses anything else with a clear message", () => {
    expect(() => readPort("abc")).toThrow(new ConfigError('PORT must be a number from 1 to 65535 (got "abc")'));
    expect(() => readPort("70000")).toThrow(ConfigError);
  });
});

describe("describeDatabaseUrl", () => {
  it("names host, port and database but never the password", () => {
    const described = describeDatabaseUrl("postgresql://egov:s3cret@db.example:6543/portal");
    expect(described).toBe("db.example:6543/portal");
    expect(described).not.toContain("s3cret");
  });
  it("explains a malformed URL", () => {
    expect(() => describeDatabaseUrl("not a url")).toThrow(/DATABASE_URL is not a valid URL/);
  });
});

describe("assertPortFree", () => {
  it("says which port is taken", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const port = (server.address() as net.AddressInfo).port;
    await expect(assertPortFree(port)).rejects.toThrow(`port ${port} is already in use`);
    await new Promise((resolve) => server.close(resolve));
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });
});
