import "server-only";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { localeSchema } from "@/lib/users/schemas";

/** Before sign-in the language lives only in a cookie (set by the app action); no record is touched. */
export const chooseSignInLanguageAction = {
  name: "sign-in.set-language",
  permission: "public",
  schema: localeSchema,
  run: async ({ input }) => ({ data: input.locale }),
} satisfies ActionDefinition<typeof localeSchema, "fr" | "en">;
