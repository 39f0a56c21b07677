import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "../env";

/**
 * One key per purpose, derived from NEXTAUTH_SECRET: a key leaked or rotated for one use
 * (say the address salt) never exposes another (say the session tokens).
 */
export function deriveKey(purpose: string): Buffer {
  return createHmac("sha256", authSecret()).update(`egov-portal:${purpose}`).digest();
}

/** A keyed hash, hex: what we keep instead of a raw value (addresses, tokens). */
export function keyedHash(purpose: string, value: string): string {
  return createHmac("sha256", deriveKey(purpose)).update(value).digest("hex");
}
