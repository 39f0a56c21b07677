import { isDatabaseReachable } from "@/lib/data/health";

// Liveness and readiness for load balancers and `npm start`: never cached.
export async function GET() {
  const ok = await isDatabaseReachable();
  return Response.json(ok ? { status: "ok", db: "ok" } : { status: "unavailable", db: "unreachable" }, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
