import "server-only";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { importParticipants, importTallies, previewParticipants, previewTallies, type ParticipantPreview, type TallyPreview } from "@/lib/import/commands";
import { participantFileSchema, tallyFileSchema } from "@/lib/import/schemas";

// The coordinator's import of the centre's past. Audited with counts only: an alias or an old
// code never reaches the audit log (the file name neither: it may name a person's list).

export const previewParticipantImportAction = {
  name: "import.participants-preview",
  entity: "Participant",
  permission: "import:run",
  schema: participantFileSchema,
  run: async ({ tx, input }) => {
    const preview = await previewParticipants(tx, input);
    return { data: preview, auditDetail: `rows:${preview.rowCount} refused:${preview.problems.length}` };
  },
} satisfies ActionDefinition<typeof participantFileSchema, ParticipantPreview>;

export const importParticipantsAction = {
  name: "import.participants",
  entity: "Participant",
  permission: "import:run",
  schema: participantFileSchema,
  run: async ({ tx, input, now }) => {
    const result = await importParticipants(tx, input, now);
    return { data: result, messageKey: "import.participants.imported", auditDetail: `participants:${result.count} formerCodes:${result.withFormerCode}` };
  },
} satisfies ActionDefinition<typeof participantFileSchema, { count: number; withFormerCode: number }>;

export const previewTallyImportAction = {
  name: "import.tallies-preview",
  entity: "PastNightTally",
  permission: "import:run",
  schema: tallyFileSchema,
  run: async ({ tx, session, input, now }) => {
    const preview = await previewTallies(tx, session, input, now);
    return { data: preview, auditDetail: `rows:${preview.rowCount} refused:${preview.problems.length}` };
  },
} satisfies ActionDefinition<typeof tallyFileSchema, TallyPreview>;

export const importTalliesAction = {
  name: "import.tallies",
  entity: "PastNightTally",
  permission: "import:run",
  schema: tallyFileSchema,
  run: async ({ tx, session, input, now }) => {
    const result = await importTallies(tx, session, input, now);
    return { data: result, entityId: result.batchId, messageKey: "import.tallies.imported", auditDetail: `nights:${result.count}` };
  },
} satisfies ActionDefinition<typeof tallyFileSchema, { batchId: string; count: number }>;
