import { defineRoute } from "@/lib/actions/define-route";
import { auditCsv, auditFilterSchema } from "@/lib/audit/queries";

// The audit log, filtered as on the viewer, as CSV; the download is itself audited.
export const GET = defineRoute({
  name: "audit.export",
  permission: "audit:read",
  schema: auditFilterSchema,
  download: "halte-journal.csv",
  format: "csv",
  run: ({ session, input }) => auditCsv(session, input),
});
// A POST with our Origin exports too (lib/actions/define-route.ts: same-origin requests only).
export const POST = GET;
