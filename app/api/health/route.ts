import { prisma } from "@/lib/db";
import { checkDatabase } from "@/lib/health/database-check";

// For a service manager or a proxy: public, and so it says nothing a stranger could use (no
// version, no counts, no names). 200 while the database answers, 503 while it does not; the
// process answering at all is the liveness half.
export const dynamic = "force-dynamic";

const HEADERS = { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8" };

export async function GET(): Promise<Response> {
  const database = await checkDatabase(prisma);
  const body = database === "up" ? { status: "ok", database } : { status: "degraded", database };
  return new Response(JSON.stringify(body), { status: database === "up" ? 200 : 503, headers: HEADERS });
}
