// The anonymous respondent token: what makes "one response per person" work without an
// account. Pure functions; the cookie and the keys are handled in respondent-cookie.ts.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const TOKEN = /^[A-Za-z0-9_-]{43}$/; // 32 random bytes, base64url
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/; // HMAC-SHA256, base64url

/** 256 random bits: unguessable, so nobody can claim (and block) another person's response. */
export function createRespondentToken(): string {
  return randomBytes(32).toString("base64url");
}

function mac(token: string, key: Buffer): string {
  return createHmac("sha256", key).update(token).digest("base64url");
}

/** "token.signature": the form the cookie and the API header carry. */
export function signRespondentToken(token: string, key: Buffer): string {
  return `${token}.${mac(token, key)}`;
}

/**
 * The token inside a signed value, or null when the value is malformed or was not signed
 * with our key. Security: only tokens we issued are accepted, so a client cannot pick
 * token values, and a tampered cookie is just treated as absent.
 */
export function verifyRespondentToken(value: string | null | undefined, key: Buffer): string | null {
  if (!value || value.length > 100) return null;
  const [token, signature, ...rest] = value.split(".");
  if (rest.length > 0 || !token || !signature || !TOKEN.test(token) || !SIGNATURE.test(signature)) return null;
  const expected = Buffer.from(mac(token, key));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? token : null;
}

/**
 * What the database stores instead of the token: sha256 of the survey and the token.
 * Privacy: the survey id in the hash makes one person's responses to different surveys
 * impossible to link in the database, while UNIQUE(surveyId, respondentKey) still allows
 * one response per survey.
 */
export function respondentKeyOf(token: string, surveyId: number): string {
  return createHash("sha256").update(`survey:${surveyId}:${token}`).digest("hex");
}
