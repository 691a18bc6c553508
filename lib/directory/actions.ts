import "server-only";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { partnerSchema } from "@/lib/directory/schemas";
import { savePartner } from "@/lib/directory/partners";

export const savePartnerAction = {
  name: "directory.save",
  entity: "PartnerOrganisation",
  permission: "directory:write",
  schema: partnerSchema,
  run: async ({ tx, input }) => {
    const partnerId = await savePartner(tx, input);
    return { data: { partnerId }, entityId: partnerId, messageKey: "directory.saved" };
  },
} satisfies ActionDefinition<typeof partnerSchema, { partnerId: string }>;
