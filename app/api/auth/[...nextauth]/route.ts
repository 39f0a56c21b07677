import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { signInSchema } from "@/lib/validation/auth";

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth's own bodies (a CSRF token, an email, a password, a callback address) are a few hundred bytes. */
const MAX_AUTH_BODY_BYTES = 8 * 1024;

const credentialsShape = signInSchema.pick({ email: true, password: true });

function refuse(status: 400 | 413, code: "malformed_body" | "payload_too_large", message: string): Response {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}

/** The body, read up to the limit (declared or actual): never an unbounded buffer. */
async function readLimited(request: Request): Promise<Uint8Array | null> {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_AUTH_BODY_BYTES) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_AUTH_BODY_BYTES) {
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}

// Built per request: the options read the configuration, which `next build` does not have.
export async function GET(request: NextRequest, context: Context) {
  return NextAuth(request as never, context as never, authOptions());
}

/**
 * Sign-in, sign-out and callbacks. The body is checked before next-auth reads it: next-auth
 * answers a JSON syntax error (or a JSON body that is not an object) with a 500, buffers any
 * size, and passes credentials unchecked to authenticate(), where a NUL byte made the query
 * fail and next-auth put the database error's text in the redirect address. A malformed
 * email or password is therefore blanked: next-auth answers it as a wrong password.
 */
export async function POST(request: NextRequest, context: Context) {
  const raw = await readLimited(request);
  if (!raw) return refuse(413, "payload_too_large", `The body must not exceed ${MAX_AUTH_BODY_BYTES} bytes.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return refuse(400, "malformed_body", "The body is not valid UTF-8.");
  }
  const type = request.headers.get("content-type") ?? "";
  const isJson = type.includes("application/json"); // next-auth's own test, kept as is
  let fields: Record<string, unknown> | null = null;
  if (isJson) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === "object" && value !== null && !Array.isArray(value)) fields = value as Record<string, unknown>;
    } catch {
      fields = null;
    }
    if (!fields) return refuse(400, "malformed_body", "The body is not a JSON object.");
  } else if (type.includes("application/x-www-form-urlencoded")) {
    fields = Object.fromEntries(new URLSearchParams(text));
  }
  if (fields && ("email" in fields || "password" in fields) && !credentialsShape.safeParse({ email: fields.email, password: fields.password }).success) {
    fields = { ...fields, email: "", password: "" };
    text = isJson ? JSON.stringify(fields) : new URLSearchParams(fields as Record<string, string>).toString();
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  const checked = new NextRequest(request.url, { method: "POST", headers, body: text });
  return NextAuth(checked as never, context as never, authOptions());
}
