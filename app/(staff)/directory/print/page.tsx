import { createTranslator } from "next-intl";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { searchDirectory } from "@/lib/directory/partners";
import { directorySearchSchema, isDirectoryLanguage } from "@/lib/directory/schemas";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

export const metadata = { title: "Services alliés · Allied services" };

// Handed to participants, so it is bilingual whatever the staff member's language: every label
// in French, then English.
export default async function PrintableDirectory({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requirePagePermission("directory:read", "directory.print");
  const raw = await searchParams;
  const filters = directorySearchSchema.parse({ domain: raw.domain, language: raw.language, q: typeof raw.q === "string" ? raw.q : undefined });
  const partners = await searchDirectory(session, filters);
  const tf = createTranslator({ locale: "fr", messages: fr });
  const te = createTranslator({ locale: "en", messages: en });
  const both = (key: Parameters<typeof tf>[0]) => `${tf(key)} · ${te(key)}`;

  return (
    <article className="mx-auto max-w-3xl bg-white p-6 print:p-0">
      <h1 className="text-2xl font-semibold">{tf("directory.printTitle")}</h1>
      <p className="mb-4 text-stone-700">{tf("directory.printLead")}</p>
      <ul className="flex flex-col gap-4">
        {partners.map((partner) => (
          <li key={partner.id} className="break-inside-avoid border-b border-stone-300 pb-3">
            <h2 className="text-lg font-semibold">{partner.name}</h2>
            <p className="text-sm">{partner.domains.map((domain) => both(`enums.referralDomain.${domain}`)).join(" / ")}</p>
            {partner.respectful ? <p className="text-sm font-semibold">{both("directory.respectfulBadge")}</p> : null}
            <p className="text-sm">
              {[partner.phone, partner.hours, partner.publicAddress].filter(Boolean).join(" · ")}
              {partner.languages.length > 0 ? ` · ${partner.languages.filter(isDirectoryLanguage).map((code) => both(`enums.language.${code}`)).join(", ")}` : ""}
            </p>
          </li>
        ))}
      </ul>
    </article>
  );
}
