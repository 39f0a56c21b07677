import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, isServedOverHttps } from "../env";
import { networkKeyOf } from "../security/network";
import { authenticate } from "./authenticate";
import { SESSION_IDLE_SECONDS, sessionCookieName, sessionCookieOptions, type SessionClaims } from "./session-token";

/**
 * next-auth (credentials, JWT sessions). The portal's own sign-in form is a server action
 * (it must work without JavaScript and answer in the user's language); it calls the same
 * authenticate() and writes the same next-auth token, so /api/auth/* and the form agree.
 */
export function authOptions(): AuthOptions {
  const secure = isServedOverHttps();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
    cookies: { sessionToken: { name: sessionCookieName(secure), options: sessionCookieOptions(secure) } },
    pages: { signIn: "/fr/sign-in", error: "/fr/sign-in" },
    providers: [
      CredentialsProvider({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          if (!credentials?.email || !credentials.password) return null;
          const headers = new Headers(Object.entries(request.headers ?? {}).map(([name, value]): [string, string] => [name, String(value)]));
          const result = await authenticate({ email: credentials.email, password: credentials.password, networkKey: networkKeyOf(headers) });
          return result.ok ? { id: String(result.claims.uid), ...result.claims } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const claims = user as unknown as SessionClaims;
          return { sub: String(claims.uid), uid: claims.uid, sv: claims.sv, authTime: claims.authTime };
        }
        return token;
      },
      // Only the id goes to clients of /api/auth/session; roles are read fresh from the database.
      session({ session, token }) {
        return { ...session, user: { id: token.uid } } as typeof session;
      },
    },
  };
}
