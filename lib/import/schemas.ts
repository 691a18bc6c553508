import "server-only";
// The import forms' input: the file as base64 (a server action takes strings), as the expense
// import sends it. Shared with the browser (the forms import the date formats).
import { z } from "zod";
import { text } from "@/lib/validation/fields";
import { DATE_FORMATS } from "@/lib/costs/categories";

/** 2 MB: thousands of participants or twenty years of nights. */
const file = {
  fileName: text(200).min(1, { error: "validation.required" }),
  content: z.base64({ error: "import.file.unreadable" }).min(1, { error: "import.file.empty" }).max(2_800_000, { error: "import.file.tooLarge" }),
};

export const participantFileSchema = z.object(file);

export const tallyFileSchema = z.object({
  ...file,
  /** The coordinator's choice when the dates could be read two ways; guessed when absent. */
  dateFormat: z.enum(DATE_FORMATS, { error: "validation.choice" }).optional(),
});
