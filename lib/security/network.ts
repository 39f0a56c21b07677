import "server-only";
import { env } from "../env";
import { keyedHash } from "./keys";

type HeaderReader = { get(name: string): string | null };

/**
 * The client's address. Each proxy appends the address it received the request from to
 * X-Forwarded-For, so only the entries added by our own proxies can be trusted: with
 * TRUSTED_PROXY_HOPS=1 (one reverse proxy, the default) that is the last entry. Without
 * any proxy, `next start` fills the header from the socket when the client sent none.
 * Taking the first entry instead would let anyone pick their own address.
 */
export function clientAddress(headers: HeaderReader, trustedHops = env().TRUSTED_PROXY_HOPS): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - Math.max(1, trustedHops))] ?? "unknown";
}

/** A salted hash of the address: enough to count and flag, never to recover the address. */
export function networkKeyOf(headers: HeaderReader): string {
  return keyedHash("network-address", clientAddress(headers)).slice(0, 32);
}
