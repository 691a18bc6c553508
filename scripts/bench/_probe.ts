import { executeAction } from "@/lib/actions/execute-action";
import { checkInAction } from "@/lib/visits/actions";
import { searchParticipants } from "@/lib/participants/queries";
import { createTranslator } from "next-intl";
import fr from "@/messages/fr.json";
const t = createTranslator({ locale: "fr", messages: fr });
console.log(typeof executeAction, typeof searchParticipants, checkInAction.name, t("errors.unexpected" as never, { reference: "x" } as never));
