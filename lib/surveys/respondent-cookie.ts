import "server-only";
import { cookies } from "next/headers";
import { isServedOverHttps } from "../env";
import { respondentTokenKey } from "./respondent-key";
import { createRespondentToken, signRespondentToken, verifyRespondentToken } from "./respondent-token";

const MAX_AGE_SECONDS = 365 * 24 * 3600;

// __Host- (over HTTPS): the browser refuses the cookie unless Secure, Path=/ and without
// Domain, so no sibling subdomain can plant or overwrite a respondent token.
function cookieName(): string {
  return isServedOverHttps() ? "__Host-egov-respondent" : "egov-respondent";
}

/** The respondent's token from their cookie, when present and signed by us. */
export async function readRespondentToken(): Promise<string | null> {
  const jar = await cookies();
  return verifyRespondentToken(jar.get(cookieName())?.value, respondentTokenKey());
}

/**
 * The respondent's token, created and set in the cookie when missing (server actions only:
 * pages cannot set cookies). HttpOnly: page scripts never see it; SameSite=Lax: other sites
 * cannot post with it; Secure whenever the portal is served over HTTPS.
 */
export async function ensureRespondentToken(): Promise<string> {
  const existing = await readRespondentToken();
  if (existing) return existing;
  const token = createRespondentToken();
  const jar = await cookies();
  jar.set(cookieName(), signRespondentToken(token, respondentTokenKey()), {
    httpOnly: true,
    sameSite: "lax",
    secure: isServedOverHttps(),
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  });
  return token;
}
