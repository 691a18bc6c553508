import "server-only";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { createViolenceReport } from "@/lib/violence/reports";
import { violenceReportSchema } from "@/lib/violence/schemas";

export const createViolenceReportAction = {
  name: "violence.create",
  entity: "ViolenceReport",
  permission: "violence:write",
  schema: violenceReportSchema,
  run: async ({ tx, session, input }) => {
    const result = await createViolenceReport(tx, session, input);
    return { data: result, entityId: result.reportId, messageKey: result.repeats > 0 ? "violence.createdRepeat" : "violence.created" };
  },
} satisfies ActionDefinition<typeof violenceReportSchema, { reportId: string; repeats: number }>;
