import "server-only";
import { clientAddress } from "../security/network";
import { keyedHash } from "../security/keys";

type HeaderReader = { get(name: string): string | null };

/**
 * What a survey response keeps of the client's address: a keyed hash (key derived from
 * NEXTAUTH_SECRET) of the UTC day and the address. No raw address is stored or logged.
 * The day in the hash means a stored key links responses from one address within a day
 * (enough for 10-minute rate windows and burst flags) but not across days.
 *
 * Trust assumption: the address is the X-Forwarded-For entry added by our own reverse
 * proxy (lib/security/network.ts, TRUSTED_PROXY_HOPS; without a proxy, `next start` sets
 * the header from the socket). A misconfigured proxy only weakens the rate limit and the
 * burst flags: it never affects one-response-per-token de-duplication, and never refuses
 * a first response below the limit.
 */
export function surveyNetworkKey(headers: HeaderReader, now: Date = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return keyedHash("survey-network-address", `${day}|${clientAddress(headers)}`).slice(0, 40);
}
