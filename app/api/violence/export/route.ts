import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { exportSharedList } from "@/lib/violence/shared-lists";

// Our consented reports' hashes and descriptions, for an organisation we agreed to compare with.
export const GET = defineRoute({
  name: "violence.export",
  permission: "violence:share",
  schema: z.object({}),
  download: "halte-aggressor-list.json",
  run: async ({ session }) => exportSharedList(session),
});
// The export buttons POST a form (lib/actions/define-route.ts: exports answer same-origin requests only).
export const POST = GET;
