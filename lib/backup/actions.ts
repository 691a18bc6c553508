import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { KEY_ACKNOWLEDGED_SETTING } from "@/lib/backup/backup-key-notice";

export const acknowledgeBackupKeySchema = z.object({ stored: z.literal(true, { error: "settings.errors.backupKeyNotStored" }) });

/** The coordinator says the key is kept off the machine: the app stops showing it (audited). */
export const acknowledgeBackupKeyAction = {
  name: "backups.key-acknowledged",
  entity: "Setting",
  permission: "settings:manage",
  schema: acknowledgeBackupKeySchema,
  run: async ({ tx, now }) => {
    await tx.setting.upsert({
      where: { key: KEY_ACKNOWLEDGED_SETTING },
      create: { key: KEY_ACKNOWLEDGED_SETTING, value: now.toISOString() },
      update: { value: now.toISOString() },
    });
    return { data: undefined, entityId: KEY_ACKNOWLEDGED_SETTING };
  },
} satisfies ActionDefinition<typeof acknowledgeBackupKeySchema, undefined>;
