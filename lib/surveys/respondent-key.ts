import "server-only";
import { deriveKey } from "../security/keys";

/** The signing key of respondent tokens (cookie and API header), derived from NEXTAUTH_SECRET. */
export function respondentTokenKey(): Buffer {
  return deriveKey("survey-respondent-token");
}
