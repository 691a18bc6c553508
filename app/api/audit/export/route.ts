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
// The export buttons POST a form (lib/actions/define-route.ts: exports answer same-origin requests only).
export const POST = GET;
