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
// A POST with our Origin exports too (lib/actions/define-route.ts: same-origin requests only).
export const POST = GET;
