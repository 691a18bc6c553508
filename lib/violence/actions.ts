import "server-only";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { createViolenceReport } from "@/lib/violence/reports";
import { importSharedListSchema, violenceReportSchema } from "@/lib/violence/schemas";
import { importSharedList } from "@/lib/violence/shared-lists";

export const createViolenceReportAction = {
  name: "violence.create",
  idempotent: true,
  entity: "ViolenceReport",
  permission: "violence:write",
  schema: violenceReportSchema,
  run: async ({ tx, session, input }) => {
    const result = await createViolenceReport(tx, session, input);
    return { data: result, entityId: result.reportId, messageKey: result.repeats > 0 ? "violence.createdRepeat" : "violence.created" };
  },
} satisfies ActionDefinition<typeof violenceReportSchema, { reportId: string; repeats: number }>;

export const importSharedListAction = {
  name: "violence.import",
  entity: "ExternalAggressorEntry",
  permission: "violence:share",
  schema: importSharedListSchema,
  run: async ({ tx, session, input }) => {
    const result = await importSharedList(tx, session, input);
    return { data: result, messageKey: "violence.imported" };
  },
} satisfies ActionDefinition<typeof importSharedListSchema, { entries: number; matches: number }>;
