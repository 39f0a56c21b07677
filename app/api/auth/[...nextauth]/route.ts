import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Built per request: the options read the configuration, which `next build` does not have.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
